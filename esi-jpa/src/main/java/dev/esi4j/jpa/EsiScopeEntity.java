package dev.esi4j.jpa;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * JPA entity of a scope ({@code esi_scope}): unique name and help text (MISSION 3.2). Part of the application's
 * persistence unit through {@code META-INF/esi4j/orm.xml}.
 *
 * @since 0.1
 */
@Entity(name = "EsiScope")
@Table(name = "esi_scope")
@Cacheable(false)
public class EsiScopeEntity {

    @Id
    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "help_text", length = 2000, nullable = false)
    private String helpText = "";

    /** For JPA. */
    protected EsiScopeEntity() {
    }

    /**
     * @param name     scope name
     * @param helpText help text
     */
    public EsiScopeEntity(String name, String helpText) {
        this.name = name;
        this.helpText = helpText == null ? "" : helpText;
    }

    /** @return the scope name */
    public String getName() {
        return name;
    }

    /** @return the help text, empty when unknown */
    public String getHelpText() {
        return helpText;
    }

    /** @param helpText new help text */
    public void setHelpText(String helpText) {
        this.helpText = helpText == null ? "" : helpText;
    }

    @Override
    public String toString() {
        return "EsiScope[" + name + "]";
    }
}
