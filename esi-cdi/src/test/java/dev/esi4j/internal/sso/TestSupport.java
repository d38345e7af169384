package dev.esi4j.internal.sso;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;

/** Configuration, clock and sleeper for the SSO tests. */
final class TestSupport {

    private TestSupport() {
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Records waits instead of sleeping. */
    static final class RecordingSleeper implements Retrier.Sleeper {
        final List<Duration> waits = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    /** @return a builder with the CASES.md client, pointed at the given SSO base URL */
    static EsiConfig.Builder config(URI ssoBase) {
        return EsiConfig.builder()
                .set(EsiConfigKeys.SSO_CLIENT_ID, TestKeys.CLIENT_ID)
                .set(EsiConfigKeys.SSO_CLIENT_SECRET, TestKeys.CLIENT_SECRET)
                .set(EsiConfigKeys.SSO_CALLBACK_URL, TestKeys.CALLBACK)
                .set(EsiConfigKeys.SSO_BASE_URL, ssoBase.toString())
                .set(EsiConfigKeys.APP_NAME, "TestApp")
                .set(EsiConfigKeys.APP_VERSION, "1.2.3")
                .set(EsiConfigKeys.USER_CONTACT_EMAIL, "ops@example.test")
                .set(EsiConfigKeys.REQUESTS_CONNECT_TIMEOUT, "15s")
                .set(EsiConfigKeys.REQUESTS_READ_TIMEOUT, "15s");
    }

    /** @return a client for the stub with a mutable clock and a recording sleeper */
    static DefaultSsoClient client(EsiConfig config, Clock clock, RecordingSleeper sleeper) {
        return new DefaultSsoClient(config, clock, sleeper);
    }

    /** @return the default token response body */
    static String tokenResponse(String accessToken, String refreshToken) {
        return "{\"access_token\":\"" + accessToken + "\",\"expires_in\":1199,\"token_type\":\"Bearer\""
                + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"") + "}";
    }

    static Map<String, String> noHeaders() {
        return Map.of();
    }
}
