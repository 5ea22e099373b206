package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.openshift.api.model.monitoring.v1.PodMetricsEndpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A ServiceMonitor or PodMonitor per service finds its Service or pods and scrapes /q/metrics on the port named http. */
class MonitoringTest {

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void monitorsScrapeTheMetricsEndpointOfTheirService(RenderedSet set) {
        for (ServiceMonitor monitor : set.all(ServiceMonitor.class)) {
            String where = set + ": ServiceMonitor " + monitor.getMetadata().getName();
            Map<String, String> selector = monitor.getSpec().getSelector().getMatchLabels();
            List<Service> services = set.all(Service.class).stream()
                    .filter(s -> s.getMetadata().getLabels().entrySet().containsAll(selector.entrySet())).toList();
            assertEquals(1, services.size(), where + ": selects " + services.size() + " Services");
            var endpoint = monitor.getSpec().getEndpoints().get(0);
            assertEquals("/q/metrics", endpoint.getPath(), where);
            assertTrue(services.get(0).getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(endpoint.getPort())),
                    where + ": the Service has no port " + endpoint.getPort());
        }
        for (PodMonitor monitor : set.all(PodMonitor.class)) {
            String where = set + ": PodMonitor " + monitor.getMetadata().getName();
            Map<String, String> selector = monitor.getSpec().getSelector().getMatchLabels();
            var templates = set.podTemplates().values().stream()
                    .filter(t -> t.getMetadata().getLabels().entrySet().containsAll(selector.entrySet())).toList();
            assertEquals(1, templates.size(), where + ": selects the pods of " + templates.size() + " workloads");
            PodMetricsEndpoint endpoint = monitor.getSpec().getPodMetricsEndpoints().get(0);
            assertEquals("/q/metrics", endpoint.getPath(), where);
            assertTrue(templates.get(0).getSpec().getContainers().get(0).getPorts().stream()
                    .anyMatch(p -> p.getName().equals(endpoint.getPort())), where + ": no container port " + endpoint.getPort());
        }
    }

    @Test
    void theDocumentedMonitorsAreRendered() {
        assertEquals(3, RenderedSet.named("production").all(ServiceMonitor.class).size(), "production: ServiceMonitors");
        assertEquals(3, RenderedSet.named("gateway-api").all(PodMonitor.class).size(), "gateway-api: PodMonitors");
    }
}
