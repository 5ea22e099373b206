package io.claimtrail.testing;

import io.claimtrail.localdb.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts a throw-away PostgreSQL 17 on a free port for a test run and points the service's {@code db.*}
 * settings at it. No Docker and no system PostgreSQL needed.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = LocalPostgres.start(0, null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
        return Map.of(
                "db.host", "localhost",
                "db.port", Integer.toString(postgres.port()),
                "db.user", LocalPostgres.USER,
                "db.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
