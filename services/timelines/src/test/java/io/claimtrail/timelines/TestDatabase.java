package io.claimtrail.timelines;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain JDBC on the test database, past the service: what the tests count to prove that a refused request wrote
 * nothing.
 */
@Singleton
class TestDatabase {

    private final String url;
    private final String user;
    private final String password;

    TestDatabase(@ConfigProperty(name = "db.host") String host, @ConfigProperty(name = "db.port") int port,
            @ConfigProperty(name = "db.name") String name, @ConfigProperty(name = "db.user") String user,
            @ConfigProperty(name = "db.password") String password) {
        this.url = "jdbc:postgresql://" + host + ":" + port + "/" + name;
        this.user = user;
        this.password = password;
    }

    /**
     * The rows of every table of the service, by table, and the sums of the timelines' and events' versions, which an
     * update that adds no row still raises.
     */
    Map<String, Long> footprint() {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
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
            footprint.put("sum of timeline versions", single(statement, "SELECT coalesce(sum(version), 0) FROM timeline"));
            footprint.put("sum of event versions", single(statement, "SELECT coalesce(sum(version), 0) FROM event"));
            return footprint;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows of " + url, e);
        }
    }

    long count(String table) {
        return footprint().get(table);
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
