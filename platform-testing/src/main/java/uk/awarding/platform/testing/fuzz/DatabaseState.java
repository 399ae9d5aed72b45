package uk.awarding.platform.testing.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * The content of every table of the service's schema as one comparable value (MariaDB's CHECKSUM TABLE, which
 * changes with any inserted, deleted or updated row), so the fuzzer can prove a refused request wrote nothing.
 */
public final class DatabaseState {

    private DatabaseState() {
    }

    /**
     * @param ignored tables that change legitimately on a refused request (e.g. an audit of refusals); Flyway's
     *        history is always ignored
     */
    public static Supplier<Object> of(DataSource dataSource, String... ignored) {
        Set<String> skip = Set.of(ignored);
        List<String> tables = new ArrayList<>();
        return () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                if (tables.isEmpty()) {
                    try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                            + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                        while (rows.next()) {
                            String table = rows.getString(1);
                            if (!skip.contains(table) && !table.equals("flyway_schema_history")) {
                                tables.add("`" + table + "`");
                            }
                        }
                    }
                }
                TreeMap<String, Long> checksums = new TreeMap<>();
                try (ResultSet rows = statement.executeQuery("CHECKSUM TABLE " + String.join(", ", tables))) {
                    while (rows.next()) {
                        checksums.put(rows.getString(1), rows.getLong(2));
                    }
                }
                return checksums;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the tables' checksums", e);
            }
        };
    }
}
