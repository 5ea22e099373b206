package io.claimtrail.claims;

import jakarta.enterprise.context.ApplicationScoped;
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

/** Counts the rows of every table of the service's database over plain JDBC, to prove that a request wrote nothing. */
@ApplicationScoped
public class TableRows {

    @ConfigProperty(name = "db.host")
    String host;
    @ConfigProperty(name = "db.port")
    int port;
    @ConfigProperty(name = "db.name")
    String database;
    @ConfigProperty(name = "db.user")
    String user;
    @ConfigProperty(name = "db.password")
    String password;

    /** Table name to row count, for every table of the public schema (Flyway's history included). */
    public Map<String, Long> count() {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows of the claims database", e);
        }
    }

    public long of(String table) {
        return count().getOrDefault(table, -1L);
    }
}
