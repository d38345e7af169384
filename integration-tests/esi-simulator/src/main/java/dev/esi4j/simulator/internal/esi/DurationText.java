package dev.esi4j.simulator.internal.esi;

/** Parses ESI's window sizes such as {@code 15m}, {@code 1h}, {@code 30s}. */
public final class DurationText {

    private DurationText() {
    }

    /** @return seconds; plain numbers are seconds */
    public static long seconds(String text) {
        String t = text.trim();
        char unit = t.charAt(t.length() - 1);
        if (Character.isDigit(unit)) {
            return Long.parseLong(t);
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        switch (unit) {
            case 's': return n;
            case 'm': return n * 60;
            case 'h': return n * 3600;
            case 'd': return n * 86400;
            default: throw new IllegalArgumentException("Unknown duration: " + text);
        }
    }

    /** @return the shortest text for a number of seconds ({@code 900} gives {@code 15m}) */
    public static String text(long seconds) {
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
