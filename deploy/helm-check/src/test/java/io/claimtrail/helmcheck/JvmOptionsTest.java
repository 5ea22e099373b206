package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service pods run with the JVM settings `make run` uses (deploy/jvm-options, chosen by the figures of
 * deploy/bench/startup.sh): the image's run-java.sh gets the collector as GC_CONTAINER_OPTIONS and the rest as
 * JAVA_OPTS_APPEND. The memory limit holds every area those options bound (heap, metaspace, code cache, direct
 * buffers), so the kernel never kills a JVM that stays inside its own bounds.
 */
class JvmOptionsTest {

    static final Path JVM_OPTIONS = Path.of(System.getProperty("claimtrail.jvmOptions", "../jvm-options"));
    private static final Pattern SIZE = Pattern.compile("^-(?:Xmx|XX:(MaxMetaspaceSize|ReservedCodeCacheSize|MaxDirectMemorySize)=)([0-9]+)([kmg])$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENVIRONMENT = Pattern.compile("^([A-Z_][A-Z0-9_]*)=(.*)$");
    private static final Pattern SERVICE_LINE = Pattern.compile("^([a-z]+):\\s+(.*)$");

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void podsRunWithTheOptionsOfMakeRun(RenderedSet set) throws IOException {
        for (Deployment deployment : set.all(Deployment.class)) {
            String where = set + ": Deployment " + deployment.getMetadata().getName();
            String service = deployment.getMetadata().getLabels().get("app.kubernetes.io/component");
            List<String> expected = new ArrayList<>();
            Map<String, String> environment = new LinkedHashMap<>();
            read(service, expected, environment);
            Map<String, String> config = set.configOf(deployment).getData();
            List<String> given = new ArrayList<>(words(config.get("GC_CONTAINER_OPTIONS")));
            given.addAll(words(config.get("JAVA_OPTS_APPEND")));
            assertEquals(expected.stream().sorted().toList(), given.stream().sorted().toList(),
                    where + ": GC_CONTAINER_OPTIONS and JAVA_OPTS_APPEND differ from deploy/jvm-options");
            environment.forEach((name, value) -> assertEquals(value, config.get(name), where + ": " + name));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theMemoryLimitHoldsEveryBoundedArea(RenderedSet set) {
        for (Deployment deployment : set.all(Deployment.class)) {
            String where = set + ": Deployment " + deployment.getMetadata().getName();
            Map<String, String> config = set.configOf(deployment).getData();
            List<String> options = new ArrayList<>(words(config.get("JAVA_OPTS_APPEND")));
            // The last of each option wins, as in the JVM.
            Map<String, Long> bounds = new LinkedHashMap<>();
            for (String option : options) {
                Matcher size = SIZE.matcher(option);
                if (size.matches()) {
                    bounds.put(size.group(1) == null ? "Xmx" : size.group(1), bytes(Long.parseLong(size.group(2)), size.group(3)));
                }
            }
            assertTrue(bounds.containsKey("Xmx"), where + ": JAVA_OPTS_APPEND sets no -Xmx " + options);
            long bounded = bounds.values().stream().mapToLong(Long::longValue).sum();
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            Quantity limit = container.getResources().getLimits().get("memory");
            assertNotNull(limit, where + ": no memory limit");
            BigDecimal limitBytes = Quantity.getAmountInBytes(limit);
            assertTrue(limitBytes.compareTo(BigDecimal.valueOf(bounded)) > 0, where + ": memory limit " + limit
                    + " below the " + (bounded >> 20) + " MiB the JVM options bound " + options);
        }
    }

    /** The options and environment of one service in deploy/jvm-options (as deploy/run.sh reads them). */
    private static void read(String service, List<String> options, Map<String, String> environment) throws IOException {
        for (String line : Files.readAllLines(JVM_OPTIONS)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher variable = ENVIRONMENT.matcher(trimmed);
            Matcher own = SERVICE_LINE.matcher(trimmed);
            if (variable.matches()) {
                environment.put(variable.group(1), variable.group(2));
            } else if (own.matches()) {
                if (own.group(1).equals(service)) {
                    options.addAll(words(own.group(2)));
                }
            } else {
                options.addAll(words(trimmed));
            }
        }
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    private static long bytes(long amount, String unit) {
        return switch (unit.toLowerCase()) {
            case "k" -> amount << 10;
            case "m" -> amount << 20;
            default -> amount << 30;
        };
    }
}
