package dev.esi4j.sso;

/**
 * The SSO refused the client credentials or the configuration is unusable; the message names the keys to check.
 *
 * @since 0.1
 */
public class SsoConfigurationException extends SsoException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened
     */
    public SsoConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message what happened
     * @param cause   the underlying failure
     */
    public SsoConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
