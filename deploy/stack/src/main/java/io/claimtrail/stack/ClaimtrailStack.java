package io.claimtrail.stack;

import io.claimtrail.localdb.LocalPostgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services as separate processes on free ports, each with its own database in one throw-away
 * embedded PostgreSQL, trusting one token key; claims and timelines find the others by URL. Closing stops the
 * services first, so that none loses its database while still serving.
 */
public final class ClaimtrailStack implements AutoCloseable {

    private final LocalPostgres postgres;
    private final List<ServiceProcess> services = new ArrayList<>();

    private ClaimtrailStack(LocalPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL, then sources, claims and timelines from {@code root}/services/NAME/target/quarkus-app, their
     * logs in {@code logs}, verifying tokens with the public key at {@code publicKey}.
     */
    public static ClaimtrailStack start(Path root, Path logs, Path publicKey) throws Exception {
        ClaimtrailStack stack = new ClaimtrailStack(LocalPostgres.start(0, null));
        System.out.printf("stack: PostgreSQL on port %d%n", stack.postgres.port());
        try {
            ServiceProcess sources = stack.add(ServiceProcess.start("sources", root, logs,
                    stack.environment("sources", publicKey, Map.of())));
            ServiceProcess claims = stack.add(ServiceProcess.start("claims", root, logs,
                    stack.environment("claims", publicKey, Map.of("SOURCES_URL", sources.url()))));
            stack.add(ServiceProcess.start("timelines", root, logs, stack.environment("timelines", publicKey,
                    Map.of("SOURCES_URL", sources.url(), "CLAIMS_URL", claims.url()))));
            return stack;
        } catch (Exception e) {
            try {
                stack.close();
            } catch (Exception stopping) {
                e.addSuppressed(stopping);
            }
            throw e;
        }
    }

    public ServiceProcess sources() {
        return services.get(0);
    }

    public ServiceProcess claims() {
        return services.get(1);
    }

    public ServiceProcess timelines() {
        return services.get(2);
    }

    public int postgresPort() {
        return postgres.port();
    }

    private ServiceProcess add(ServiceProcess service) {
        services.add(service);
        return service;
    }

    private Map<String, String> environment(String database, Path publicKey, Map<String, String> more) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_HOST", "localhost");
        environment.put("DB_PORT", Integer.toString(postgres.port()));
        environment.put("DB_NAME", database);
        environment.put("DB_USER", LocalPostgres.USER);
        environment.put("DB_PASSWORD", "postgres");
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        environment.putAll(more);
        return environment;
    }

    /** Services in reverse order of start, then PostgreSQL; every one is stopped even if one fails. */
    @Override
    public void close() throws Exception {
        List<AutoCloseable> all = new ArrayList<>(services);
        java.util.Collections.reverse(all);
        all.add(postgres);
        Exception failure = null;
        for (AutoCloseable started : all) {
            try {
                started.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
