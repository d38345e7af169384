package dev.esi4j.jpa.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The logical schema of the esi tables read from JDBC metadata, normalised so that the same DDL on H2, PostgreSQL and
 * MariaDB gives the same text: column types as categories (bigint, integer, varchar(n), text, timestamp, boolean),
 * nullability, primary keys, {@code esi_*_idx} indexes and foreign keys.
 */
public final class SchemaDescription {

    public static final List<String> TABLES = List.of("esi_callback_redirect", "esi_id_sequence", "esi_scope",
            "esi_token", "esi_token_scopes");

    private SchemaDescription() {
    }

    public static String describe(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        StringBuilder out = new StringBuilder();
        for (String table : TABLES) {
            String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            out.append("table ").append(table).append('\n');
            columns(meta, c, name).forEach((column, type) -> out.append("  column ").append(column).append(' ')
                    .append(type).append('\n'));
            out.append("  primary key ").append(primaryKey(meta, c, name)).append('\n');
            indexes(meta, c, name).forEach((index, cols) -> out.append("  index ").append(index).append(' ')
                    .append(cols).append('\n'));
            foreignKeys(meta, c, name).forEach(fk -> out.append("  foreign key ").append(fk).append('\n'));
        }
        return out.toString();
    }

    /** @return column name to "type [not null]" */
    public static Map<String, String> columns(DatabaseMetaData meta, Connection c, String table) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), table, null)) {
            while (rs.next()) {
                String type = category(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"));
                boolean notNull = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), type + (notNull ? " not null" : ""));
            }
        }
        return columns;
    }

    private static String category(int jdbcType, String typeName, int size) {
        String name = typeName.toLowerCase(Locale.ROOT);
        return switch (jdbcType) {
            case Types.BIGINT -> "bigint";
            case Types.INTEGER -> "integer";
            case Types.BIT, Types.BOOLEAN, Types.TINYINT -> "boolean";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp";
            case Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.LONGNVARCHAR ->
                    name.contains("text") || name.contains("clob") || size >= 65535 ? "text" : "varchar(" + size + ")";
            default -> name;
        };
    }

    private static List<String> primaryKey(DatabaseMetaData meta, Connection c, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(columns.values());
    }

    private static Map<String, List<String>> indexes(DatabaseMetaData meta, Connection c, String table)
            throws SQLException {
        Map<String, Map<Integer, String>> indexes = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index != null && index.toLowerCase(Locale.ROOT).matches("esi_.*_idx")) {
                    indexes.computeIfAbsent(index.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                            .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, List<String>> result = new TreeMap<>();
        indexes.forEach((name, cols) -> result.put(name, new ArrayList<>(cols.values())));
        return result;
    }

    private static List<String> foreignKeys(DatabaseMetaData meta, Connection c, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                keys.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " -> "
                        + rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "."
                        + rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)
                        + (rs.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade ? " on delete cascade" : ""));
            }
        }
        keys.sort(null);
        return keys;
    }
}
