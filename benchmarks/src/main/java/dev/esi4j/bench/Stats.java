package dev.esi4j.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Median and spread of a set of samples.
 *
 * @param median middle sample (mean of the two middle ones for an even count)
 * @param min    smallest sample
 * @param max    largest sample
 * @param count  number of samples
 */
public record Stats(double median, double min, double max, int count) {

    /**
     * @param samples measured values, at least one
     * @return their statistics
     */
    public static Stats of(double... samples) {
        if (samples.length == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        int n = s.length;
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        return new Stats(median, s[0], s[n - 1], n);
    }

    /** @return spread as "min-max (n=..)", formatted like the median */
    public String spread() {
        return format(min) + " - " + format(max) + " (n=" + count + ")";
    }

    /** @return the median, formatted */
    public String medianText() {
        return format(median);
    }

    /**
     * @param value a figure
     * @return the figure with a precision suited to its size
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        String pattern = abs >= 1000 ? "%,.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
