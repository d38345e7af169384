package dev.esi4j.spec;

import java.time.Duration;

/**
 * An operation's {@code x-rate-limit}: a floating-window token bucket shared by every operation of the group
 * (per character for authenticated calls, per application for public ones).
 *
 * @param group     bucket name, e.g. {@code char-wallet}
 * @param maxTokens tokens per window
 * @param window    window length
 * @since 0.1
 */
public record RateLimit(String group, int maxTokens, Duration window) {
}
