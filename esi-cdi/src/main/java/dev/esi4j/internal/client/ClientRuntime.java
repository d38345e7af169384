package dev.esi4j.internal.client;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

import dev.esi4j.internal.engine.Engine;
import dev.esi4j.internal.engine.Languages;
import dev.esi4j.internal.json.JsonMapper;
import dev.esi4j.internal.paging.CursorWalker;
import dev.esi4j.internal.paging.PagesFetcher;
import dev.esi4j.spec.EsiSpec;

/**
 * What requests need at run time.
 *
 * @param spec      current spec
 * @param engine    call engine
 * @param pages     X-Pages fetcher
 * @param cursors   cursor/from_id walker
 * @param mapper    JSON mapper
 * @param languages language rules
 * @param executor  executor for async calls
 */
public record ClientRuntime(Supplier<EsiSpec> spec, Engine engine, PagesFetcher pages, CursorWalker cursors,
        JsonMapper mapper, Languages languages, Executor executor) {
}
