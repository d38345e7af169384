package dev.esi4j.internal.http;

/** The request could not be completed (connection failure or timeout). */
public final class TransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean timeout;
    private final boolean sent;

    /**
     * @param message what failed
     * @param cause   underlying failure
     * @param timeout whether a timeout expired
     * @param sent    whether the request may have reached the server (read timeout, reset after sending)
     */
    public TransportException(String message, Throwable cause, boolean timeout, boolean sent) {
        super(message, cause);
        this.timeout = timeout;
        this.sent = sent;
    }

    /** @return whether a timeout expired */
    public boolean timeout() {
        return timeout;
    }

    /** @return whether the server may have processed the request */
    public boolean sent() {
        return sent;
    }
}
