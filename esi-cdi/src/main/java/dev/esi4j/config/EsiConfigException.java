package dev.esi4j.config;

import java.util.List;

/**
 * Invalid or missing configuration: one message per bad key, each naming the key and the problem (secret
 * values are never shown).
 *
 * @since 0.1
 */
public class EsiConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * @param problems one message per bad key
     */
    public EsiConfigException(List<String> problems) {
        super("Invalid esi4j configuration:" + System.lineSeparator() + " - "
                + String.join(System.lineSeparator() + " - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return one message per bad key */
    public List<String> problems() {
        return problems;
    }
}
