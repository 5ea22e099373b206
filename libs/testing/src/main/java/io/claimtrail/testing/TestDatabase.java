package io.claimtrail.testing;

import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain JDBC on the test database, past the service: what the tests count to prove that a refused request wrote
 * nothing, and data sets too large to create through the API quickly. Reads {@code db.host}, {@code db.port}, {@code db.name}, {@code db.user} and {@code db.password} from the
 * running test's configuration ({@link EmbeddedPostgresResource} sets them).
 */
public final class TestDatabase {

    private final List<String> versionedTables;

    private TestDatabase(List<String> versionedTables) {
        this.versionedTables = versionedTables;
    }

    /** A footprint of row counts, plus the sum of the {@code version} column of each table named here. */
    public static TestDatabase withVersionsOf(String... versionedTables) {
        return new TestDatabase(List.of(versionedTables));
    }

    /**
     * The rows of every table of the public schema (Flyway's history included), by table, and for each versioned
     * table the sum of its versions under "sum of TABLE versions", which an update that adds no row still raises.
     */
    public Map<String, Long> footprint() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> footprint = new TreeMap<>();
            for (String table : tables) {
                footprint.put(table, single(statement, "SELECT count(*) FROM \"" + table + "\""));
            }
            for (String table : versionedTables) {
                footprint.put("sum of " + table + " versions",
                        single(statement, "SELECT coalesce(sum(version), 0) FROM \"" + table + "\""));
            }
            return footprint;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows of the test database", e);
        }
    }

    /** The rows of one table, or -1 when there is no such table. */
    public long count(String table) {
        return footprint().getOrDefault(table, -1L);
    }

    /** Runs one statement with its parameters, e.g. an INSERT ... SELECT over generate_series for a large data set. */
    public static void execute(String sql, Object... args) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, args)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    /** The first column of the first row of a query, an SQL array as a list; null when there is no row. */
    public static Object value(String sql, Object... args) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, args);
                ResultSet result = statement.executeQuery()) {
            if (!result.next()) {
                return null;
            }
            Object value = result.getObject(1);
            return value instanceof Array array ? List.copyOf(Arrays.asList((Object[]) array.getArray())) : value;
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = "jdbc:postgresql://" + config.getValue("db.host", String.class) + ":"
                + config.getValue("db.port", Integer.class) + "/" + config.getValue("db.name", String.class);
        return DriverManager.getConnection(url, config.getValue("db.user", String.class),
                config.getValue("db.password", String.class));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
