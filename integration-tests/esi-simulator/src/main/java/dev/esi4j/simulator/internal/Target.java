package dev.esi4j.simulator.internal;

/**
 * Where a request went: its normalised path, the spec path template and the operation id
 * (both {@code null} for SSO and unknown paths).
 *
 * @param path        normalised request path
 * @param template    spec path template or {@code null}
 * @param operationId operation id or {@code null}
 */
public record Target(String path, String template, String operationId) {

    /**
     * @param target operation id, spec path, concrete path, prefix ending in {@code *}, or {@code *}
     * @return whether this request hits the target
     */
    public boolean matches(String target) {
        if ("*".equals(target) || target.equals(operationId) || target.equals(template)) {
            return true;
        }
        String wanted = strip(target);
        if (wanted.endsWith("*")) {
            return path.startsWith(wanted.substring(0, wanted.length() - 1));
        }
        return strip(path).equals(wanted);
    }

    private static String strip(String p) {
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
