package dev.esi4j.simulator;

/**
 * TCP connections the simulator has seen since start or the last {@link EsiSimulator#reset()}; shows
 * connection pooling and HTTP/2 multiplexing (many requests, one connection).
 *
 * @param open    connections open now
 * @param maxOpen most connections open at the same time
 * @param total   connections opened
 */
public record ConnectionStats(long open, long maxOpen, long total) {
}
