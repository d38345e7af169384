package dev.esi4j.simulator.internal.esi;

import dev.esi4j.simulator.internal.SimRequest;
import dev.esi4j.simulator.internal.SimResponse;
import dev.esi4j.simulator.internal.Target;
import dev.esi4j.simulator.internal.esi.SpecOperation.RateLimitSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Answers ESI requests from the spec, then adds the limit and compatibility headers every answer carries. */
public final class EsiService {

    private final SpecCatalog spec;
    private final EsiParts parts;
    private final DataProvider data;
    private final EsiGuards guards;
    private final Clock clock;

    /** @param spec the catalog @param parts the shared policies @param clock time source */
    public EsiService(SpecCatalog spec, EsiParts parts, Clock clock) {
        this.spec = spec;
        this.parts = parts;
        this.clock = clock;
        this.data = new DataProvider(spec, parts.fixtures(), parts.paging(), parts.seed());
        this.guards = new EsiGuards(parts.verifier(), parts.tenants());
    }

    /** Paths where the loaded spec document itself is served. */
    private static final Set<String> SPEC_PATHS = Set.of("/meta/openapi.json",
            "/meta/openapi-3.1.json", "/openapi.json");

    /** @return where the request goes (for faults and the journal) */
    public Target target(SimRequest req) {
        String path = PathNormalizer.normalise(req.path());
        if (SPEC_PATHS.contains(path)) {
            return new Target(path, path, null);
        }
        SpecOperation op = spec.find(method(req), path);
        return new Target(path, op == null ? null : op.template(), op == null ? null : op.operationId());
    }

    /** @return the normal answer */
    public SimResponse answer(SimRequest req) {
        String path = PathNormalizer.normalise(req.path());
        SpecOperation op = spec.find(method(req), path);
        if (parts.budget().remaining() == 0) {
            return EsiErrors.error(420, ErrorText.ERROR_LIMITED);
        }
        if (parts.dates().resolve(req.header("X-Compatibility-Date")) == null) {
            return EsiErrors.error(400, "Invalid compatibility date: " + req.header("X-Compatibility-Date"));
        }
        if (op == null && SPEC_PATHS.contains(path) && "GET".equals(req.method())) {
            SimResponse doc = SimResponse.json(200, spec.json());
            return CacheHeaders.apply(req, doc, clock.instant(), Instant.ofEpochSecond(0), 3600, false);
        }
        if (op == null) {
            return spec.knowsPath(path) ? EsiErrors.error(405, "Method not allowed")
                    : EsiErrors.error(404, "Not found");
        }
        String caller = Callers.of(req);
        if (parts.limiter().applies(op.rateLimit()) && parts.limiter().remaining(op.rateLimit(), caller) <= 0) {
            return EsiErrors.error(429, "Too many requests")
                    .header("Retry-After", Long.toString(parts.limiter().retryAfter(op.rateLimit(), caller)));
        }
        Map<String, String> pathParams = op.match(path);
        SimResponse rejected = guards.check(op, pathParams, req);
        return rejected != null ? rejected : serve(op, path, pathParams, req);
    }

    private SimResponse serve(SpecOperation op, String path, Map<String, String> pathParams, SimRequest req) {
        String lang = parts.languages().select(req);
        if (lang == null) {
            return EsiErrors.error(400, "Invalid language: " + req.param("language"));
        }
        DataResult result = data.data(op, path, pathParams, req, lang);
        if (result.status() != 0) {
            return EsiErrors.error(result.status(), result.error());
        }
        if (op.status() == 204 || op.schema() == null) {
            return new SimResponse(op.status() == 204 ? 204 : op.status()).operationId(op.operationId());
        }
        SimResponse resp = SimResponse.json(op.status(), result.body().toString()).operationId(op.operationId());
        if (result.pages() > 0) {
            resp.header("X-Pages", Integer.toString(result.pages()));
        }
        if (op.localized()) {
            resp.header("Content-Language", result.language());
        }
        if (!"GET".equals(op.method())) {
            return resp;
        }
        Instant now = clock.instant();
        return CacheHeaders.apply(req, resp, now, lastModified(op, now), op.cacheAge(), op.secured());
    }

    private Instant lastModified(SpecOperation op, Instant now) {
        long sec = now.getEpochSecond();
        long start = op.cacheAge() > 0 ? sec - Math.floorMod(sec, op.cacheAge()) : sec;
        Long snapshot = parts.paging().snapshotTime(op.operationId());
        return Instant.ofEpochSecond(snapshot != null && snapshot > start ? snapshot : start);
    }

    private static String method(SimRequest req) {
        return "HEAD".equals(req.method()) ? "GET" : req.method();
    }

    /** Adds error-limit, rate-limit, compatibility-date and request-id headers; spends budgets. */
    public void finish(SimRequest req, SimResponse resp) {
        SpecOperation op = spec.find(method(req), PathNormalizer.normalise(req.path()));
        if (op != null && parts.limiter().applies(op.rateLimit())) {
            RateLimitSpec eff = parts.limiter().effective(op.rateLimit());
            String caller = Callers.of(req);
            int used = parts.limiter().spend(op.rateLimit(), caller, resp.status());
            resp.header("X-Ratelimit-Group", eff.group())
                    .header("X-Ratelimit-Limit", eff.maxTokens() + "/" + eff.windowText())
                    .header("X-Ratelimit-Remaining",
                            Integer.toString(Math.max(0, parts.limiter().remaining(op.rateLimit(), caller))))
                    .header("X-Ratelimit-Used", Integer.toString(used));
        }
        if (resp.status() != 420) {
            parts.budget().record(resp.status());
        }
        resp.header("X-Esi-Error-Limit-Remain", Integer.toString(parts.budget().remaining()))
                .header("X-Esi-Error-Limit-Reset", Long.toString(parts.budget().resetSeconds()))
                .header("X-Esi-Request-Id", UUID.randomUUID().toString());
        String date = parts.dates().resolve(req.header("X-Compatibility-Date"));
        if (date != null) {
            resp.header("X-Compatibility-Date", date);
        }
    }
}
