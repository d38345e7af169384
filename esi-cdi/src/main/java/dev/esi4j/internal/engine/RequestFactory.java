package dev.esi4j.internal.engine;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.esi4j.EsiParameterException;
import dev.esi4j.MissingScopesException;
import dev.esi4j.internal.json.JsonMapper;
import dev.esi4j.spec.ParameterLocation;
import dev.esi4j.spec.SpecOperation;
import dev.esi4j.spec.SpecParameter;

/** Validates a {@link CallSpec} against the spec and encodes it into an {@link Exchange}. Nothing is sent. */
public final class RequestFactory {

    private final String baseUrl;
    private final Languages languages;
    private final JsonMapper mapper;

    /**
     * @param baseUrl   ESI base URL
     * @param languages language rules
     * @param mapper    JSON mapper for bodies
     */
    public RequestFactory(URI baseUrl, Languages languages, JsonMapper mapper) {
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.languages = languages;
        this.mapper = mapper;
    }

    /**
     * @param call the call
     * @return the exchange
     * @throws EsiParameterException  on a parameter problem
     * @throws MissingScopesException when the token lacks scopes
     */
    public Exchange build(CallSpec call) {
        SpecOperation op = call.operation();
        checkScopes(call);
        Map<String, Object> params = new LinkedHashMap<>(call.params());
        if (call.credentials() != null && op.parameter("character_id").isPresent()) {
            call.credentials().characterId().ifPresent(id -> params.putIfAbsent("character_id", id));
        }
        checkNames(op, params);
        Map<String, String> headers = new LinkedHashMap<>();
        String language = languages.apply(call, params, headers);
        String path = op.path();
        List<String> query = new ArrayList<>();
        for (SpecParameter p : op.parameters()) {
            Object value = lookup(params, p);
            if (value == null && p.required() && p.defaultValue() != null) {
                value = p.defaultValue();
            }
            if (value == null) {
                if (p.required()) {
                    throw new EsiParameterException(op.id(), p.name(), "is required (" + p.type().describe() + ")");
                }
                continue;
            }
            String text = ParamValues.text(op.id(), p.name(), p.type(), value);
            switch (p.location()) {
                case PATH -> path = path.replace("{" + p.name() + "}", encode(text).replace("+", "%20"));
                case QUERY -> query.add(encode(p.name()) + "=" + encode(text));
                default -> headers.put(p.name(), text);
            }
        }
        byte[] body = Bodies.encode(op, call.body(), mapper);
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        call.headers().forEach(headers::putIfAbsent);
        String uri = baseUrl + path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return new Exchange(op, URI.create(uri), headers, body, call.credentials(), call.options(), language);
    }

    private static Object lookup(Map<String, Object> params, SpecParameter p) {
        if (p.location() != ParameterLocation.HEADER) {
            return params.get(p.name());
        }
        return params.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(p.name()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static void checkNames(SpecOperation op, Map<String, Object> params) {
        for (String name : params.keySet()) {
            if (op.parameter(name).isEmpty()) {
                List<String> known = op.parameters().stream().map(SpecParameter::name).toList();
                throw new EsiParameterException(op.id(), name, "is unknown; the operation takes " + known);
            }
        }
    }

    private static void checkScopes(CallSpec call) {
        SpecOperation op = call.operation();
        if (!op.requiresToken()) {
            return;
        }
        if (call.credentials() == null) {
            throw new MissingScopesException(op.id(), op.scopes(), true);
        }
        call.credentials().scopes().ifPresent(granted -> {
            Set<String> missing = new LinkedHashSet<>(op.scopes());
            missing.removeAll(granted);
            if (!missing.isEmpty()) {
                throw new MissingScopesException(op.id(), missing, false);
            }
        });
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
