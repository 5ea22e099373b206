package io.claimtrail.localdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** An embedded PostgreSQL 17 server holding one database per Claimtrail service. */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final List<String> DATABASES = List.of("sources", "claims", "timelines");

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server on the given port (0 picks a free one). With a data directory the data survives restarts;
     * without one, a fresh throw-away cluster is made in a temporary folder.
     */
    public static LocalPostgres start(int port, Path dataDirectory) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("fsync", dataDirectory == null ? "off" : "on");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(false);
        }
        LocalPostgres postgres = new LocalPostgres(builder.start());
        postgres.createDatabases(DATABASES);
        return postgres;
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates each database that does not exist yet. */
    public void createDatabases(List<String> names) throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            for (String name : names) {
                if (!exists(connection, name)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not create the databases " + names, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
