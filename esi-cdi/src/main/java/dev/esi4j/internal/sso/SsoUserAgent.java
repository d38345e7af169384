package dev.esi4j.internal.sso;

import dev.esi4j.config.EsiConfig;

/**
 * The User-Agent of every SSO and JWKS request (MISSION 4.10, case B48):
 * {@code AppName/1.2.3 (contact@example.com; +https://source.url) esi4j/<version>}.
 */
public final class SsoUserAgent {

    private SsoUserAgent() {
    }

    /**
     * @param config the configuration ({@code esi.app.name}, {@code esi.app.version}, {@code esi.app.url},
     *               {@code esi.user-contact-email})
     * @return the header value
     */
    public static String of(EsiConfig config) {
        StringBuilder agent = new StringBuilder();
        config.appName().ifPresent(name -> agent.append(name).append('/').append(config.appVersion()).append(' '));
        String contact = config.userContactEmail().orElse(null);
        String url = config.appUrl().map(u -> "+" + u).orElse(null);
        if (contact != null || url != null) {
            agent.append('(');
            agent.append(contact == null ? url : url == null ? contact : contact + "; " + url);
            agent.append(") ");
        }
        return agent.append("esi4j/").append(libraryVersion()).toString();
    }

    static String libraryVersion() {
        String version = SsoUserAgent.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }
}
