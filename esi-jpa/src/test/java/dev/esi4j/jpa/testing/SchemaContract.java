package dev.esi4j.jpa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.jpa.EsiCallbackRedirectEntity;
import dev.esi4j.jpa.EsiScopeEntity;
import dev.esi4j.jpa.EsiTokenEntity;

/** MISSION 3.6: the DDL script gives the same logical schema on every database, and the entities match it. */
public abstract class SchemaContract {

    protected abstract TestDatabase db();

    @Test
    @DisplayName("The script creates the logical schema of schema-v1.txt (identical on H2, PostgreSQL, MariaDB)")
    void script_createsIdenticalLogicalSchema() throws Exception {
        try (Connection c = db().connect(); InputStream expected = getClass().getResourceAsStream("/schema-v1.txt")) {
            assertThat(SchemaDescription.describe(c))
                    .isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("Every mapped column exists with the nullability the entity declares")
    void entities_validateAgainstScript() throws Exception {
        for (Class<?> entity : new Class<?>[] {EsiTokenEntity.class, EsiScopeEntity.class,
                EsiCallbackRedirectEntity.class}) {
            Map<String, String> columns = columnsOf(entity.getAnnotation(Table.class).name());
            for (Field field : entity.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (column != null) {
                    assertThat(columns).as(entity.getSimpleName() + "." + field.getName())
                            .containsKey(column.name());
                    assertThat(columns.get(column.name()).endsWith("not null"))
                            .as(entity.getSimpleName() + "." + field.getName() + " nullability")
                            .isEqualTo(!column.nullable() || field.getType().isPrimitive()
                                    || field.isAnnotationPresent(jakarta.persistence.Id.class));
                }
                JoinTable join = field.getAnnotation(JoinTable.class);
                if (join != null) {
                    assertThat(columnsOf(join.name())).containsOnlyKeys(join.joinColumns()[0].name(),
                            join.inverseJoinColumns()[0].name());
                }
            }
        }
    }

    private Map<String, String> columnsOf(String table) throws Exception {
        try (Connection c = db().connect()) {
            var meta = c.getMetaData();
            return SchemaDescription.columns(meta, c, meta.storesUpperCaseIdentifiers()
                    ? table.toUpperCase(Locale.ROOT) : table);
        }
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
