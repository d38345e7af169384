package dev.esi4j.internal.engine;

import dev.esi4j.internal.http.InboundResponse;

/** One composable policy of the pipeline (headers, auth, limits, retry, cache, events). */
public interface Step {

    /**
     * @param exchange the call
     * @param next     the rest of the pipeline
     * @return the response
     */
    InboundResponse handle(Exchange exchange, Chain next);

    /** The rest of the pipeline. */
    @FunctionalInterface
    interface Chain {
        /**
         * @param exchange the call
         * @return the response
         */
        InboundResponse proceed(Exchange exchange);
    }
}
