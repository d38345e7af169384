package dev.esi4j.internal.http;

/** Sends HTTP requests; one instance (one connection pool) per client. */
public interface Transport extends AutoCloseable {

    /**
     * @param request the request
     * @return the response, whatever its status
     * @throws TransportException on connection failure or timeout
     */
    InboundResponse send(OutboundRequest request);

    /** Releases threads and connections. */
    @Override
    void close();
}
