package dev.esi4j.scheduler.cdi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.scheduler.CleanupRun;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.token.testing.FakeSso;

/** The application side of the component tests: configuration, SSO seam, and an observer of cleanup runs. */
@ApplicationScoped
public class TestBeans {

    private final List<CleanupRun> runs = new CopyOnWriteArrayList<>();
    private final FakeSso sso = new FakeSso();

    List<CleanupRun> runs() {
        return runs;
    }

    FakeSso fakeSso() {
        return sso;
    }

    @Produces
    EsiConfig config() {
        return EsiConfig.builder().set(EsiConfigKeys.SSO_CLIENT_ID, "client-0001")
                .set(EsiConfigKeys.SSO_CLIENT_SECRET, "secret-0001")
                .set(EsiConfigKeys.SSO_CALLBACK_URL, "https://app.test/sso/callback/").build();
    }

    @Produces
    SsoClient sso() {
        return sso;
    }

    void onRun(@Observes CleanupRun run) {
        runs.add(run);
    }
}
