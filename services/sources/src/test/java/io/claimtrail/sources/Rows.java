package io.claimtrail.sources;

import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Plain JDBC on the test database, for data sets too large to create through the API quickly. */
final class Rows {

    private Rows() {
    }

    /** Runs one statement with its parameters, e.g. an INSERT ... SELECT over generate_series. */
    static void execute(String sql, Object... args) {
        var config = ConfigProvider.getConfig();
        String url = "jdbc:postgresql://" + config.getValue("db.host", String.class) + ":"
                + config.getValue("db.port", Integer.class) + "/" + config.getValue("db.name", String.class);
        try (Connection connection = DriverManager.getConnection(url, config.getValue("db.user", String.class),
                config.getValue("db.password", String.class)); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }
}
