package io.claimtrail.claims;

import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Plain JDBC on the test database, for data sets too large to create through the API quickly. */
final class Rows {

    private Rows() {
    }

    /** Runs one statement with its parameters, e.g. an INSERT ... SELECT over generate_series. */
    static void execute(String sql, Object... args) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, args)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    /** The first column of the only row of a query, an SQL array as a list; null when there is no row. */
    static Object value(String sql, Object... args) {
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
}
