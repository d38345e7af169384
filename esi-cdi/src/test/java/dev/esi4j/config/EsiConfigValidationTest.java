package dev.esi4j.config;

import static dev.esi4j.config.EsiConfigKeys.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EsiConfigValidationTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);

    static EsiConfig.Builder valid() {
        return EsiConfig.builder().clock(CLOCK)
                .set(SSO_CLIENT_ID, "client-1")
                .set(SSO_CLIENT_SECRET, "s3cr3t-value")
                .set(SSO_CALLBACK_URL, "https://app.example.test/sso/callback")
                .set(APP_NAME, "TestApp")
                .set(USER_CONTACT_EMAIL, "ops@example.test");
    }

    static EsiConfigException failure(EsiConfig.Builder builder) {
        try {
            builder.build();
        } catch (EsiConfigException e) {
            return e;
        }
        throw new AssertionError("expected the configuration to be rejected");
    }

    @Test
    void validConfig_hasDocumentedDefaults() {
        EsiConfig config = valid().build();
        assertThat(config.apiUrl()).isEqualTo(URI.create("https://esi.evetech.net"));
        assertThat(config.tenant()).isEqualTo("tranquility");
        assertThat(config.compatibilityDate()).isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.jwtLeeway()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.callbackRedirectMaxAge()).isEqualTo(Duration.ofSeconds(300));
        assertThat(config.ssoPkce()).isTrue();
        assertThat(config.languages()).containsExactly("en", "de", "fr", "ja", "ru", "zh", "ko", "es");
        assertThat(config.ssoMetadataUrl())
                .isEqualTo(URI.create("https://login.eveonline.com/.well-known/oauth-authorization-server"));
        assertThat(config.errorLimitMode()).isEqualTo(LimitMode.WAIT);
        assertThat(config.cleanupCallbackRedirectsSchedule()).isEqualTo("0 0 */4 * * *");
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void imageServerNone_switchesPortraitsOff() {
        assertThat(valid().build().imageServerUrl()).contains("https://images.evetech.net");
        assertThat(valid().set(IMAGE_SERVER_URL, "none").build().imageServerUrl()).isEmpty();
        assertThat(valid().set(IMAGE_SERVER_URL, "http://127.0.0.1:9/img").build().imageServerUrl())
                .contains("http://127.0.0.1:9/img");
    }

    @Test
    void missingCredentials_failWithOneMessagePerKey() {
        EsiConfigException e = failure(EsiConfig.builder().clock(CLOCK));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems().get(0)).startsWith(SSO_CLIENT_ID).contains("ESI_SSO_CLIENT_ID").contains("missing");
        assertThat(e.problems().get(1)).startsWith(SSO_CLIENT_SECRET).contains("missing");
        assertThat(e.problems().get(2)).startsWith(SSO_CALLBACK_URL).contains("missing");
        assertThat(e.getMessage()).contains(SSO_CLIENT_ID, SSO_CLIENT_SECRET, SSO_CALLBACK_URL);
    }

    @Test
    void missingCredentialsInDevMode_onlyWarn() {
        EsiConfig config = EsiConfig.builder().clock(CLOCK).set(DEV_MODE, "true").build();
        assertThat(config.devMode()).isTrue();
        assertThat(config.ssoClientId()).isEmpty();
        assertThat(config.warnings()).anyMatch(w -> w.startsWith(SSO_CLIENT_ID) && w.contains("ignored"))
                .anyMatch(w -> w.startsWith(SSO_CALLBACK_URL));
    }

    @Test
    void publicClientWithoutSecret_isValid() {
        EsiConfig config = valid().set(SSO_CLIENT_SECRET, "").set(SSO_PUBLIC_CLIENT, "true").build();
        assertThat(config.ssoPublicClient()).isTrue();
        assertThat(config.ssoClientSecret()).isEmpty();
    }

    @Test
    void publicClientWithoutPkce_fails() {
        assertThat(failure(valid().set(SSO_PUBLIC_CLIENT, "true").set(SSO_PKCE, "false")).problems())
                .singleElement().asString().startsWith(SSO_PKCE);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "esi.sso.callback-url | not a url | is not a valid URL",
        "esi.sso.callback-url | /relative/callback | absolute http(s) URL",
        "esi.api.url | ftp://esi.example.test | absolute http(s) URL",
        "esi.requests.read-timeout | -5s | must not be negative",
        "esi.requests.connect-timeout | soon | is not a duration",
        "esi.token.jwt-leeway | -PT1S | must not be negative",
        "esi.compatibility-date | 2025-13-01 | YYYY-MM-DD",
        "esi.compatibility-date | yesterday | YYYY-MM-DD",
        "esi.compatibility-date | 2019-12-31 | before the oldest compatibility date 2020-01-01",
        "esi.compatibility-date | 2026-12-04 | is in the future",
        "esi.compatibility-date-overrides | Universe=2099-01-01 | tag 'Universe': date is in the future",
        "esi.compatibility-date-overrides | Universe | is not of the form name=value",
        "esi.app.name | My App | must not contain spaces",
        "esi.app.name | App/1 | may only contain",
        "esi.user-contact-email | nobody | is not an e-mail address",
        "esi.api.datasource | singularity | Singularity datasource",
        "esi.api.datasource | serenity | the only tenant is 'tranquility'",
        "esi.api.version | latest | no longer supported",
        "esi.sso.pkce | yes | must be true or false",
        "esi.connection-pool-maxsize | 0 | must be at least 1",
        "esi.server-error-max-retries | three | is not a whole number",
        "esi.server-error-backoff-factor | -1 | non-negative",
        "esi.languages | en,english | is not a language code",
        "esi.error-limit.mode | retry | must be 'wait' or 'fail'",
        "esi.cleanup.tokens.schedule | daily | must have 6 fields",
        "esi.image-server.url | images.example.test | absolute http(s) URL",
    })
    void badValue_failsNamingKeyAndValue(String key, String value, String reason) {
        EsiConfigException e = failure(valid().set(key, value));
        assertThat(e.problems()).singleElement().asString()
                .startsWith(key + " (env ")
                .contains("'" + value + "'")
                .contains(reason);
    }

    @Test
    void severalBadKeys_giveOneProblemEach() {
        EsiConfigException e = failure(valid().set(API_URL, "nope").set(REQUESTS_READ_TIMEOUT, "-1s")
                .set(APP_NAME, "Bad Name"));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems()).anyMatch(p -> p.startsWith(API_URL)).anyMatch(p -> p.startsWith(REQUESTS_READ_TIMEOUT))
                .anyMatch(p -> p.startsWith(APP_NAME));
    }

    @Test
    void esiDayRollsOverAt1100Utc() {
        Clock before = Clock.fixed(Instant.parse("2026-12-03T10:59:59Z"), ZoneOffset.UTC);
        Clock after = Clock.fixed(Instant.parse("2026-12-03T11:00:00Z"), ZoneOffset.UTC);
        assertThat(failure(valid().clock(before).set(COMPATIBILITY_DATE, "2026-12-03")).problems())
                .singleElement().asString().contains("current ESI day is 2026-12-02");
        assertThat(valid().clock(after).set(COMPATIBILITY_DATE, "2026-12-03").build().compatibilityDate())
                .isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void tagOverrides_areParsed() {
        EsiConfig config = valid().set(COMPATIBILITY_DATE_OVERRIDES, "Universe=2020-01-01, Market=2025-12-16").build();
        assertThat(config.compatibilityDateOverrides()).containsEntry("Universe", LocalDate.of(2020, 1, 1))
                .containsEntry("Market", LocalDate.of(2025, 12, 16));
    }

    @Test
    void durations_acceptUnitsIsoAndSeconds() {
        assertThat(valid().set(REQUESTS_READ_TIMEOUT, "500ms").build().readTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(valid().set(REQUESTS_READ_TIMEOUT, "PT2M").build().readTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(valid().set(REQUESTS_READ_TIMEOUT, "12").build().readTimeout()).isEqualTo(Duration.ofSeconds(12));
        assertThat(valid().set(CALLBACK_REDIRECT_MAX_AGE, "5m").build().callbackRedirectMaxAge())
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void encryptionKeys_validatedWithoutShowingThem() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        EsiConfig config = valid().set(TOKEN_ENCRYPTION_KEYS, "k1=" + key).build();
        assertThat(config.tokenEncryptionKeys()).containsKey("k1");
        assertThat(config.toString()).doesNotContain(key);

        EsiConfigException shortKey = failure(valid().set(TOKEN_ENCRYPTION_KEYS, "k1=AAAA"));
        assertThat(shortKey.problems()).singleElement().asString().contains("(hidden)")
                .contains("must be 16, 24 or 32 bytes").doesNotContain("AAAA");

        EsiConfigException unknownActive = failure(valid().set(TOKEN_ENCRYPTION_KEYS, "k1=" + key)
                .set(TOKEN_ENCRYPTION_ACTIVE_KEY, "k2"));
        assertThat(unknownActive.problems()).singleElement().asString().startsWith(TOKEN_ENCRYPTION_ACTIVE_KEY);
    }

    @Test
    void secret_neverInToStringOrMessages() {
        EsiConfig config = valid().build();
        assertThat(config.toString()).contains(SSO_CLIENT_ID + "=client-1").contains(SSO_CLIENT_SECRET + "=***")
                .doesNotContain("s3cr3t-value");
        EsiConfigException e = failure(valid().set(API_URL, "bad"));
        assertThat(e.getMessage()).doesNotContain("s3cr3t-value");
    }

    @Test
    void missingIdentity_warns() {
        EsiConfig config = valid().set(APP_NAME, "").set(USER_CONTACT_EMAIL, "").build();
        assertThat(config.warnings()).anyMatch(w -> w.startsWith(APP_NAME)).anyMatch(w -> w.startsWith(USER_CONTACT_EMAIL));
    }
}
