package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recomputed from the rendered objects, not from the chart's own arithmetic: at the most pods each Deployment can
 * reach (its HPA's maxReplicas, else its replicas, plus its rollout's maxSurge), with every pool full, the services
 * stay within the database's max_connections minus the reserve.
 */
class ConnectionBudgetTest {

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void allPodsAtTheirMostFitInTheDatabase(RenderedSet set) {
        int total = 0;
        for (Deployment deployment : set.all(Deployment.class)) {
            String where = set + ": Deployment " + deployment.getMetadata().getName();
            int pods = set.all(HorizontalPodAutoscaler.class).stream()
                    .filter(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(deployment.getMetadata().getName()))
                    .map(hpa -> hpa.getSpec().getMaxReplicas()).findFirst()
                    .orElseGet(() -> deployment.getSpec().getReplicas());
            var surge = deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge();
            assertTrue(surge.getIntVal() != null, where + ": maxSurge as a number, so that the budget can count it");
            pods += surge.getIntVal();
            Map<String, String> config = set.configOf(deployment).getData();
            String reactive = config.get("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE");
            String jdbc = config.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            assertTrue(reactive != null && jdbc != null, where + ": pool sizes not set, the application's defaults would apply");
            total += pods * (Integer.parseInt(reactive) + Integer.parseInt(jdbc));
        }
        int reserve = set.overrides().at("/connectionBudget/reservedConnections").asInt(10);
        int max = maxConnections(set);
        assertTrue(total <= max - reserve, set + ": the pods can open " + total + " connections, the database allows "
                + max + " - " + reserve);
    }

    /** max_connections as the database is given it: the bundled server's argument, the Cluster's parameter, or the value. */
    private static int maxConnections(RenderedSet set) {
        for (StatefulSet statefulSet : set.all(StatefulSet.class)) {
            List<String> args = statefulSet.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs();
            for (int i = 0; i + 1 < args.size(); i++) {
                if (args.get(i).equals("-c") && args.get(i + 1).startsWith("max_connections=")) {
                    return Integer.parseInt(args.get(i + 1).substring("max_connections=".length()));
                }
            }
            throw new AssertionError(set + ": the bundled PostgreSQL gets no max_connections: " + args);
        }
        for (GenericKubernetesResource cluster : set.custom("Cluster")) {
            String value = RenderedSet.spec(cluster).at("/postgresql/parameters/max_connections").asText("");
            assertTrue(!value.isEmpty(), set + ": the Cluster sets no max_connections");
            return Integer.parseInt(value);
        }
        assertEquals("external", set.overrides().at("/postgresql/mode").asText(), set + ": no database rendered");
        return set.overrides().at("/externalDatabase/maxConnections").asInt(100);
    }
}
