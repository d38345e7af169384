package dev.esi4j.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.esi4j.EsiParameterException;
import dev.esi4j.spec.ParameterLocation;
import dev.esi4j.spec.SpecOperation;
import dev.esi4j.spec.SpecParameter;

/**
 * Language rules: every localisable call names its language explicitly (B49): the call's language, else the
 * configured default, validated against the operation's enum (or the configured languages).
 */
public final class Languages {

    private final List<String> supported;
    private final String defaultLanguage;

    /**
     * @param supported       configured languages
     * @param defaultLanguage configured default
     */
    public Languages(List<String> supported, String defaultLanguage) {
        this.supported = List.copyOf(supported);
        this.defaultLanguage = defaultLanguage;
    }

    /** @return the configured languages */
    public List<String> supported() {
        return supported;
    }

    /**
     * @param op an operation
     * @return its language parameter ({@code Accept-Language} header or legacy {@code language} query)
     */
    public static Optional<SpecParameter> parameter(SpecOperation op) {
        return op.parameters().stream()
                .filter(p -> p.location() == ParameterLocation.HEADER && p.name().equalsIgnoreCase("Accept-Language")
                        || p.location() == ParameterLocation.QUERY && p.name().equals("language"))
                .findFirst();
    }

    /**
     * @param op       an operation
     * @param language a requested language
     * @throws EsiParameterException when the operation or configuration does not support it
     */
    public void validate(SpecOperation op, String language) {
        List<String> allowed = parameter(op).map(p -> p.type().enumValues()).filter(l -> !l.isEmpty())
                .orElse(supported);
        if (!allowed.contains(language)) {
            throw new EsiParameterException(op.id(), parameter(op).map(SpecParameter::name).orElse("language"),
                    "language '" + language + "' is not supported; use one of " + allowed);
        }
    }

    String apply(CallSpec call, Map<String, Object> params, Map<String, String> headers) {
        SpecOperation op = call.operation();
        Optional<SpecParameter> param = parameter(op);
        if (param.isEmpty()) {
            if (call.language() != null) {
                headers.put("Accept-Language", call.language());
            }
            return call.language();
        }
        String name = param.get().name();
        Object given = params.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst()
                .map(params::remove).orElse(null);
        String language = call.language() != null ? call.language() : given != null ? given.toString() : null;
        if (language == null) {
            language = defaultFor(param.get());
        } else {
            validate(op, language);
        }
        if (language != null) {
            params.put(name, language);
        }
        return language;
    }

    private String defaultFor(SpecParameter p) {
        List<String> allowed = p.type().enumValues();
        if (allowed.isEmpty() || allowed.contains(defaultLanguage)) {
            return defaultLanguage;
        }
        return allowed.stream().filter(l -> l.startsWith(defaultLanguage + "-")).findFirst()
                .orElse(p.defaultValue());
    }
}
