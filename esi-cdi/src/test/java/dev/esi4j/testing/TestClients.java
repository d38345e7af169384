package dev.esi4j.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;

/** Client configuration for tests against a {@link StubEsi}. */
public final class TestClients {

    private TestClients() {
    }

    /**
     * @param stub  the stub
     * @param pairs extra key/value pairs
     * @return a config pointing at the stub with fast retries
     */
    public static EsiConfig config(StubEsi stub, String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(EsiConfigKeys.API_URL, stub.url().toString());
        map.put(EsiConfigKeys.APP_NAME, "TestApp");
        map.put(EsiConfigKeys.APP_VERSION, "1.2.3");
        map.put(EsiConfigKeys.USER_CONTACT_EMAIL, "ops@example.test");
        map.put(EsiConfigKeys.APP_URL, "https://source.example.test");
        map.put(EsiConfigKeys.SERVER_ERROR_BACKOFF_FACTOR, "0.001");
        map.put(EsiConfigKeys.DEV_MODE, "true");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return EsiConfig.builder().setAll(map).build();
    }

    /**
     * @param stub  the stub
     * @param time  fake time (clock and sleeper)
     * @param pairs extra config pairs
     * @return a client with fake time and its own limit state
     */
    public static dev.esi4j.EsiClient client(StubEsi stub, FakeTime time, String... pairs) {
        return new dev.esi4j.internal.client.ClientAssembly().config(config(stub, pairs)).clock(time)
                .policies(new dev.esi4j.internal.client.Policies().sleeper(time)
                        .limitState(new dev.esi4j.internal.policy.LimitState()))
                .build();
    }
}
