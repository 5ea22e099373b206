package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SOURCES_URL and CLAIMS_URL reach the right service through a Service of the chart, and DB_HOST its PostgreSQL. */
class ServiceUrlsTest {

    /** Which service calls which: claims calls sources, timelines calls sources and claims. */
    private static final Map<String, List<String>> CALLS = Map.of(
            "sources", List.of(),
            "claims", List.of("SOURCES_URL"),
            "timelines", List.of("SOURCES_URL", "CLAIMS_URL"));

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void serviceUrlsPointAtTheCalledServicesPort(RenderedSet set) {
        CALLS.forEach((caller, variables) -> {
            Map<String, String> config = set.configOf(set.deployment(caller)).getData();
            for (String variable : variables) {
                String where = set + ": " + caller + " " + variable;
                String url = config.get(variable);
                assertNotNull(url, where + " is not set");
                URI uri = URI.create(url);
                assertEquals("http", uri.getScheme(), where);
                String callee = variable.substring(0, variable.indexOf('_')).toLowerCase(Locale.ROOT);
                assertReaches(set, where, uri.getHost(), uri.getPort(), callee);
                String calleePort = set.configOf(set.deployment(callee)).getData().get("QUARKUS_HTTP_PORT");
                assertEquals(Integer.valueOf(calleePort), targetContainerPort(set, where, uri.getHost(), uri.getPort()),
                        where + ": the Service does not lead to the port " + callee + " listens on");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theInChartDatabaseIsReachedThroughItsService(RenderedSet set) {
        if (set.all(StatefulSet.class).isEmpty()) {
            return;
        }
        for (String component : CALLS.keySet()) {
            Map<String, String> config = set.configOf(set.deployment(component)).getData();
            String where = set + ": " + component + " DB_HOST";
            assertReaches(set, where, config.get("DB_HOST"), Integer.parseInt(config.get("DB_PORT")), "postgresql");
        }
    }

    /** The named Service exists, has the port, and selects the pods of the expected component. */
    private static void assertReaches(RenderedSet set, String where, String host, int port, String component) {
        Service service = set.find(Service.class, host)
                .orElseThrow(() -> new AssertionError(where + ": no Service named " + host + " in the chart"));
        assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == port),
                where + ": Service " + host + " has no port " + port);
        PodTemplateSpec pods = selectedPods(set, where, service);
        assertEquals(component, pods.getMetadata().getLabels().get("app.kubernetes.io/component"),
                where + ": Service " + host + " selects the wrong pods");
    }

    private static Integer targetContainerPort(RenderedSet set, String where, String host, int port) {
        Service service = set.find(Service.class, host).orElseThrow();
        ServicePort servicePort = service.getSpec().getPorts().stream().filter(p -> p.getPort() == port).findFirst().orElseThrow();
        Container container = selectedPods(set, where, service).getSpec().getContainers().get(0);
        return ProbesTest.containerPort(where, container, servicePort.getTargetPort());
    }

    private static PodTemplateSpec selectedPods(RenderedSet set, String where, Service service) {
        List<PodTemplateSpec> selected = set.podTemplates().values().stream()
                .filter(t -> t.getMetadata().getLabels().entrySet().containsAll(service.getSpec().getSelector().entrySet()))
                .toList();
        assertEquals(1, selected.size(), where + ": Service " + service.getMetadata().getName()
                + " should select the pods of exactly one workload");
        return selected.get(0);
    }
}
