package dev.esi4j.bench;

/**
 * How long and how large a run is.
 *
 * @param name          {@code full} or {@code smoke}
 * @param jmhIterations JMH measurement iterations (warm-up iterations: half, at least one)
 * @param jmhMillis     milliseconds per JMH iteration
 * @param samples       samples of the end-to-end scenarios
 * @param pages         pages of the paging scenario
 * @param refreshes     token refreshes
 * @param dbTokens      tokens in the database scenario
 * @param payaraSeconds seconds of load per variant on Payara Micro (0: scenario skipped)
 */
public record Settings(String name, int jmhIterations, int jmhMillis, int samples, int pages, int refreshes,
        int dbTokens, int payaraSeconds) {

    /** Every scenario at its specified size. */
    public static final Settings FULL = new Settings("full", 5, 2000, 5, 400, 10_000, 100_000, 40);
    /** A CI check that everything still runs: small sizes, short runs, no Payara. */
    public static final Settings SMOKE = new Settings("smoke", 1, 500, 1, 40, 200, 2_000, 0);

    /**
     * @param mode {@code full} or {@code smoke}
     * @return the settings
     */
    public static Settings of(String mode) {
        return switch (mode) {
            case "full" -> FULL;
            case "smoke" -> SMOKE;
            default -> throw new IllegalArgumentException("mode must be full or smoke: " + mode);
        };
    }

    /** @return whether this is the full run */
    public boolean full() {
        return "full".equals(name);
    }
}
