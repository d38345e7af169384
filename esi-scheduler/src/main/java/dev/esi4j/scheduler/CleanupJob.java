package dev.esi4j.scheduler;

/**
 * The cleanup jobs of esi4j (MISSION 6), as django-esi's Celery tasks {@code cleanup_callbackredirect} and
 * {@code cleanup_token}.
 *
 * @since 0.1
 */
public enum CleanupJob {

    /** Removes pending SSO callback state older than {@code esi.callback-redirect.max-age}. */
    CALLBACK_REDIRECTS("callback-redirects"),

    /** Removes orphaned tokens past use, refreshes expired tokens and removes those that cannot be refreshed. */
    TOKENS("tokens");

    private final String key;

    CleanupJob(String key) {
        this.key = key;
    }

    /**
     * @return the job's name in configuration keys ({@code esi.cleanup.<key>.enabled}), logs and the lease table
     */
    public String key() {
        return key;
    }
}
