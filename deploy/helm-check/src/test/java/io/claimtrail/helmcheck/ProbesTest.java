package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The probes of the services ask the Quarkus health endpoints on the port the service listens on. */
class ProbesTest {

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void probesAskTheQuarkusHealthEndpoints(RenderedSet set) {
        for (Deployment deployment : set.all(Deployment.class)) {
            String where = set + ": Deployment " + deployment.getMetadata().getName();
            String listenPort = set.configOf(deployment).getData().get("QUARKUS_HTTP_PORT");
            assertNotNull(listenPort, where + ": no QUARKUS_HTTP_PORT in its ConfigMap");
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                assertProbe(where + " startupProbe", container.getStartupProbe(), "/q/health/started", container, listenPort);
                assertProbe(where + " livenessProbe", container.getLivenessProbe(), "/q/health/live", container, listenPort);
                assertProbe(where + " readinessProbe", container.getReadinessProbe(), "/q/health/ready", container, listenPort);
            }
        }
    }

    private static void assertProbe(String where, Probe probe, String path, Container container, String listenPort) {
        assertNotNull(probe, where + " is missing");
        assertNotNull(probe.getHttpGet(), where + " is not an HTTP probe");
        assertEquals(path, probe.getHttpGet().getPath(), where);
        assertEquals(Integer.valueOf(listenPort), containerPort(where, container, probe.getHttpGet().getPort()),
                where + ": not the port the service listens on (QUARKUS_HTTP_PORT)");
    }

    /** A probe's port, named or numbered, as a number of one of the container's ports. */
    static Integer containerPort(String where, Container container, IntOrString port) {
        for (ContainerPort declared : container.getPorts()) {
            if (port.getIntVal() != null ? port.getIntVal().equals(declared.getContainerPort())
                    : port.getStrVal().equals(declared.getName())) {
                return declared.getContainerPort();
            }
        }
        Object wanted = port.getIntVal() != null ? port.getIntVal() : port.getStrVal();
        throw new AssertionError(where + ": port " + wanted + " is none of the container's ports "
                + container.getPorts().stream().map(p -> p.getName() + "=" + p.getContainerPort()).toList());
    }
}
