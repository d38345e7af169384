package dev.esi4j.simulator.internal.esi;

import dev.esi4j.simulator.internal.SimRequest;
import dev.esi4j.simulator.internal.esi.FixtureStore.Fixture;
import dev.esi4j.simulator.internal.esi.SpecOperation.Paging;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Chooses the body of a successful answer: a recorded fixture or generated data, paged as the spec says. */
final class DataProvider {

    private static final int MAX_CACHED = 20_000;

    private final SpecCatalog spec;
    private final FixtureStore fixtures;
    private final PagingConfig paging;
    private final long seed;
    private final SchemaGenerator generator;
    private final CursorPager cursors;
    private final Map<String, DataResult> cache = new ConcurrentHashMap<>();

    DataProvider(SpecCatalog spec, FixtureStore fixtures, PagingConfig paging, long seed) {
        this.spec = spec;
        this.fixtures = fixtures;
        this.paging = paging;
        this.seed = seed;
        this.generator = new SchemaGenerator(spec);
        this.cursors = new CursorPager(spec, generator);
    }

    DataResult data(SpecOperation op, String path, Map<String, String> pathParams, SimRequest req, String lang) {
        String key = op.operationId() + '|' + path + '|' + req.rawQuery() + '|' + lang + '|' + fixtures.version()
                + '|' + paging.version();
        DataResult cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        DataResult result = compute(op, path, pathParams, req, lang);
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, result);
        return result;
    }

    private DataResult compute(SpecOperation op, String path, Map<String, String> pathParams, SimRequest req,
                               String lang) {
        if (op.paging() == Paging.PAGES) {
            return paged(op, path, pathParams, req, lang);
        }
        Fixture f = fixtures.find(path, lang, 0);
        if (f != null) {
            return DataResult.ok(f.body(), f.language(), 0);
        }
        PagingConfig.Size size = paging.size(op.operationId());
        GenContext ctx = context(op, path, pathParams, lang, 0, size.pageSize());
        if (op.paging() == Paging.CURSOR) {
            return cursors.page(op, req, size.pages() * size.pageSize(), ctx, lang);
        }
        JsonValue body = op.schema() == null ? JsonValue.NULL : generator.generate(op.schema(), ctx);
        if (op.paging() == Paging.FROM_ID && body instanceof JsonArray arr) {
            return fromId(op, req, arr, lang, size.pages() * size.pageSize());
        }
        return DataResult.ok(body, lang, 0);
    }

    private DataResult paged(SpecOperation op, String path, Map<String, String> pathParams, SimRequest req,
                             String lang) {
        int page;
        try {
            page = req.param("page") == null ? 1 : Integer.parseInt(req.param("page"));
        } catch (NumberFormatException e) {
            return DataResult.error(400, "Invalid page: " + req.param("page"));
        }
        if (page < 1) {
            return DataResult.error(400, "page must be at least 1");
        }
        int recorded = fixtures.pages(path);
        PagingConfig.Size size = paging.size(op.operationId());
        int pages = recorded > 0 ? recorded : size.pages();
        if (page > pages) {
            return DataResult.error(404, "Requested page does not exist!");
        }
        Fixture f = recorded > 0 ? fixtures.find(path, lang, page) : null;
        if (f != null) {
            return DataResult.ok(f.body(), f.language(), pages);
        }
        GenContext ctx = context(op, path, pathParams, lang, page, size.pageSize());
        return DataResult.ok(generator.generate(op.schema(), ctx), lang, pages);
    }

    private GenContext context(SpecOperation op, String path, Map<String, String> pathParams, String lang,
                               int page, int length) {
        long s = GenContext.hash(seed, op.operationId(), path, page, lang, paging.generation(op.operationId()));
        return new GenContext(s, pathParams, lang, length);
    }

    private static final long FROM_ID_TOP = 6_000_000_000L;

    /** Serves a finite id-descending list of {@code total} items below {@link #FROM_ID_TOP}, one page at a time. */
    private static DataResult fromId(SpecOperation op, SimRequest req, JsonArray items, String lang, int total) {
        String param = op.fromIdParam();
        long start;
        try {
            start = req.param(param) == null ? FROM_ID_TOP : Long.parseLong(req.param(param));
        } catch (NumberFormatException e) {
            return DataResult.error(400, "Invalid " + param);
        }
        String field = switch (param) {
            case "from_id" -> "transaction_id";
            case "last_mail_id" -> "mail_id";
            case "from_event" -> "event_id";
            default -> null;
        };
        JsonArrayBuilder b = Json.createArrayBuilder();
        long floor = FROM_ID_TOP - total;
        for (int i = 0; i < items.size() && start - 1 - i >= floor; i++) {
            long id = start - 1 - i;
            JsonValue item = items.get(i);
            if (item instanceof JsonObject o && field != null && o.containsKey(field)) {
                b.add(Json.createObjectBuilder(o).add(field, id));
            } else if (field == null && item.getValueType() == JsonValue.ValueType.NUMBER) {
                b.add(id);
            } else {
                b.add(item);
            }
        }
        return DataResult.ok(b.build(), lang, 0);
    }
}
