package io.claimtrail.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The memory of the running timelines service (issue #13: "under 150 MB added to the service's memory" by
 * extraction), measured from outside: its resident set size (/proc/PID/status, VmRSS; the process is a child of this
 * JVM, started by deploy/stack) and its heap as its own /q/metrics reports it (used heap, and the live data after
 * the last full collection), before the first POST /timelines/extract and after {@link #EXTRACTIONS} of them.
 */
final class TimelinesMemory {

    static final int EXTRACTIONS = 50;
    static final String ARTICLE = "libs/extraction/src/test/resources/articles/nk-troops-2024-07-02.txt";
    private static final double MB = 1024 * 1024;

    /** One reading: resident set size, used heap, live data after the last major GC (bytes; -1 when unknown). */
    record Reading(long rss, long heapUsed, long liveData) {
    }

    record Figures(Reading before, Reading after, int articleWords, long nanos) {

        String markdown() {
            StringBuilder md = new StringBuilder("\n## Memory of the timelines service\n\n");
            md.append(String.format(Locale.ROOT, "Command: `make eval` (io.claimtrail.eval.TimelinesMemory): the "
                    + "packaged timelines service of the same stack (deploy/stack, `-Xmx256m` plus deploy/jvm-options),"
                    + " read before its first POST /timelines/extract and after %d of them (the seed article `%s`, %d "
                    + "words, each also resolving speakers and matching claims through the other services; %.0f ms in "
                    + "all). RSS from /proc/PID/status (VmRSS); heap from the service's own /q/metrics "
                    + "(jvm_memory_used_bytes of the heap areas; jvm_gc_live_data_size_bytes, the old generation "
                    + "after the last major collection, 0 before any).%n%n", EXTRACTIONS, ARTICLE, articleWords,
                    nanos / 1e6));
            md.append("| reading | RSS (MB) | used heap (MB) | live data after last major GC (MB) |\n");
            md.append("|---|---:|---:|---:|\n");
            row(md, "before the first extraction", before);
            row(md, "after " + EXTRACTIONS + " extractions", after);
            md.append(String.format(Locale.ROOT, "%n- added by extraction: RSS %s MB, used heap %s MB; target under "
                    + "150 MB: %s%n", delta(before.rss(), after.rss()), delta(before.heapUsed(), after.heapUsed()),
                    before.rss() < 0 || after.rss() < 0 ? "not measured (no /proc)"
                            : after.rss() - before.rss() < 150 * MB ? "met" : "missed"));
            md.append("- used heap includes garbage not yet collected, so it moves with the collector. The service "
                    + "loads the models at startup, so the first reading already holds them; the RSS difference is "
                    + "what running extractions adds (caches, the JIT's code for the extractor).\n");
            return md.toString();
        }

        private static void row(StringBuilder md, String label, Reading r) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", label, mb(r.rss()), mb(r.heapUsed()),
                    mb(r.liveData())));
        }

        private static String mb(long bytes) {
            return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", bytes / MB);
        }

        private static String delta(long before, long after) {
            return before < 0 || after < 0 ? "n/a" : String.format(Locale.ROOT, "%+.1f", (after - before) / MB);
        }
    }

    private TimelinesMemory() {
    }

    static Figures measure(Path root, Api timelines) throws Exception {
        String text = Files.readString(root.resolve(ARTICLE), StandardCharsets.UTF_8);
        long pid = pid();
        Reading before = read(pid, timelines);
        long started = System.nanoTime();
        for (int i = 0; i < EXTRACTIONS; i++) {
            timelines.post("/timelines/extract", Map.of("text", text, "publishedOn", LocalDate.of(2024, 7, 2)
                    .toString(), "title", "Pentagon: No signs of North Korean troops in Ukraine"), 200);
        }
        long nanos = System.nanoTime() - started;
        return new Figures(before, read(pid, timelines), text.split("\\s+").length, nanos);
    }

    /** The timelines JVM among this JVM's children (deploy/stack starts each service as one). */
    private static long pid() {
        String jar = Path.of("services", "timelines", "target", "quarkus-app", "quarkus-run.jar").toString();
        return ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(a -> Arrays.stream(a).anyMatch(s -> s.endsWith(jar)))
                        .orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("the timelines service is no child of this JVM"));
    }

    private static Reading read(long pid, Api timelines) throws Exception {
        String metrics = timelines.getText("/q/metrics");
        return new Reading(rss(pid), sum(metrics, "jvm_memory_used_bytes{", "area=\"heap\""),
                sum(metrics, "jvm_gc_live_data_size_bytes", ""));
    }

    private static long rss(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        Optional<String> line = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:")).findFirst();
        return line.map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(-1L);
    }

    /** The sum of the Prometheus samples whose line starts with {@code name} and holds {@code label}. */
    private static long sum(String metrics, String name, String label) {
        List<String> lines = metrics.lines().filter(l -> l.startsWith(name) && l.contains(label)).toList();
        if (lines.isEmpty()) {
            return -1;
        }
        double total = 0;
        for (String l : lines) {
            total += Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
        }
        return (long) total;
    }
}
