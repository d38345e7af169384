package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.Fault;

/**
 * The decided answer and how to deliver it.
 *
 * @param response the answer (status 0 for a reset)
 * @param fault    the applied fault, or {@code null}
 * @param target   where the request went
 */
public record Outcome(SimResponse response, Fault fault, Target target) {
}
