package io.claimtrail.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service run from its packaged jar as a separate JVM on a free port, its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 80;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts services/NAME/target/quarkus-app/quarkus-run.jar with this environment and waits until it is ready. */
    public static ServiceProcess start(String name, Path root, Path logDirectory, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path jar = root.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; package the services first (mvn install -DskipTests)");
        }
        int port = freePort();
        Path log = logDirectory.resolve(name + ".log");
        Files.createDirectories(logDirectory);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        JvmOptions jvm = JvmOptions.read(root.resolve("deploy/jvm-options"), name);
        // The stack's own heap bound first: deploy/jvm-options, later on the command line, wins where it sets one.
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
        command.addAll(jvm.options());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(jvm.environment());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        System.out.printf("stack: starting %s on port %d, log in %s%n", name, port, log);
        ServiceProcess service = new ServiceProcess(name, port, log, builder.start());
        // Should the test JVM be killed, the service must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(service.process::destroyForcibly, "stop-" + name));
        service.awaitReady();
        return service;
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    private void awaitReady() throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + READY_TIMEOUT.toNanos();
        while (!ready()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue() + ")"
                        + logTail());
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException(name + " was not ready after " + READY_TIMEOUT.toSeconds() + " s"
                        + logTail());
            }
            Thread.sleep(250);
        }
        System.out.printf("stack: %s ready after %.1f s%n", name, (System.nanoTime() - started) / 1e9);
    }

    private boolean ready() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return "\n---- last lines of " + log + " ----\n" + String.join("\n", tail) + "\n---- end ----";
        } catch (IOException e) {
            return "; its log " + log + " is unreadable: " + e.getMessage();
        }
    }

    /** Asks the service to stop (SIGTERM), and kills it if it has not stopped after 20 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            System.out.printf("stack: %s did not stop within %d s; killing it%n", name, STOP_TIMEOUT.toSeconds());
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
