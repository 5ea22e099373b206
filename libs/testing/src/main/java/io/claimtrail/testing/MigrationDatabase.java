package io.claimtrail.testing;

import io.claimtrail.localdb.LocalPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A throw-away database for testing a migration on data: migrate a service's schema (its db/migration on the test
 * classpath) up to a version, fill it as the service then would have, migrate to the latest, and compare rows.
 * A test class registers one as a static {@code @RegisterExtension} field: it starts before the class, stops after.
 */
public final class MigrationDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final String NAME = "migration";

    private LocalPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        postgres = LocalPostgres.start(0, null);
        postgres.createDatabases(List.of(NAME));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        postgres.close();
    }

    /** Applies the migrations up to {@code target} ("latest" for all). */
    public void migrate(String target) {
        Flyway.configure().dataSource(postgres.jdbcUrl(NAME), LocalPostgres.USER, "postgres")
                .locations("classpath:db/migration").target(target).load().migrate();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(NAME), LocalPostgres.USER, "postgres");
    }

    /** Every row of the query as column name to value; SQL arrays become lists. */
    public static List<Map<String, Object>> rows(Connection db, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = result.getObject(i);
                    row.put(meta.getColumnName(i), value instanceof Array array ? List.of((Object[]) array.getArray())
                            : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The first column of the first row. */
    public static Object value(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getObject(1);
        }
    }

    /** The rows of {@code after} reduced to the columns {@code before} had: a migration may only add columns. */
    public static List<Map<String, Object>> withoutNewColumns(List<Map<String, Object>> after,
            List<Map<String, Object>> before) {
        after.forEach(row -> row.keySet().retainAll(before.isEmpty() ? Set.of() : before.get(0).keySet()));
        return after;
    }
}
