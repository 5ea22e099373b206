package io.claimtrail.localdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local PostgreSQL for {@code make run} until the process is stopped.
 * Usage: {@code java -jar claimtrail-localdb-runner.jar [port] [data-directory]}.
 */
public final class LocalDatabaseMain {

    private LocalDatabaseMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 15432;
        Path data = Path.of(args.length > 1 ? args[1] : ".data/postgres").toAbsolutePath();
        Files.createDirectories(data.getParent());
        LocalPostgres postgres = LocalPostgres.start(port, data);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "localdb-shutdown"));
        System.out.println("PostgreSQL ready on port " + postgres.port() + " with databases "
                + LocalPostgres.DATABASES + ", data in " + data);
        stopped.await();
    }
}
