package dev.esi4j.internal.engine;

import jakarta.json.JsonValue;

import dev.esi4j.EsiConnectionException;
import dev.esi4j.EsiTimeoutException;
import dev.esi4j.InvalidResponseException;
import dev.esi4j.internal.http.InboundResponse;
import dev.esi4j.internal.http.TransportException;

/** Runs calls through the pipeline and decodes them. Thread-safe. */
public final class Engine {

    private final RequestFactory requests;
    private final Pipeline pipeline;

    /**
     * @param requests request factory
     * @param pipeline policy pipeline
     */
    public Engine(RequestFactory requests, Pipeline pipeline) {
        this.requests = requests;
        this.pipeline = pipeline;
    }

    /**
     * @param call the call
     * @return the decoded outcome
     */
    public Outcome call(CallSpec call) {
        Exchange exchange = requests.build(call);
        return run(exchange);
    }

    /**
     * @param exchange a built exchange (its copy is used for a second try on an invalid body)
     * @return the decoded outcome
     */
    public Outcome run(Exchange exchange) {
        try {
            return once(exchange);
        } catch (InvalidResponseException e) {
            Exchange again = exchange.copy();
            again.bypassCache(true);
            return once(again);
        }
    }

    private Outcome once(Exchange exchange) {
        InboundResponse response;
        try {
            response = pipeline.execute(exchange);
        } catch (TransportException e) {
            String message = exchange.operation().id() + ": " + e.getMessage() + " (" + exchange.method() + " "
                    + exchange.uri().getPath() + ", " + exchange.attempts() + " attempt(s))";
            throw e.timeout() ? new EsiTimeoutException(message, e) : new EsiConnectionException(message, e);
        }
        JsonValue data = Decoder.decode(exchange, response);
        return new Outcome(data, response, exchange);
    }
}
