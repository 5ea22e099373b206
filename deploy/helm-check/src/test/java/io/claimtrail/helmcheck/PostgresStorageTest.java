package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PostgreSQL keeps its data on a PersistentVolumeClaim, never on an emptyDir, and is absent with an external one. */
class PostgresStorageTest {

    private static final String DEFAULT_PGDATA = "/var/lib/postgresql/data";

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theDataDirectoryIsOnAPersistentVolumeClaim(RenderedSet set) {
        for (StatefulSet statefulSet : set.all(StatefulSet.class)) {
            String where = set + ": StatefulSet " + statefulSet.getMetadata().getName();
            Set<String> claims = statefulSet.getSpec().getVolumeClaimTemplates().stream()
                    .map(claim -> claim.getMetadata().getName()).collect(Collectors.toSet());
            assertTrue(!claims.isEmpty(), where + ": no volumeClaimTemplates");
            PodSpec pod = statefulSet.getSpec().getTemplate().getSpec();
            Container postgres = pod.getContainers().get(0);
            String pgdata = postgres.getEnv().stream().filter(env -> env.getName().equals("PGDATA")).map(EnvVar::getValue)
                    .findFirst().orElse(DEFAULT_PGDATA);
            // The deepest mount that holds PGDATA is where the data lands.
            VolumeMount dataMount = postgres.getVolumeMounts().stream()
                    .filter(mount -> pgdata.equals(mount.getMountPath()) || pgdata.startsWith(mount.getMountPath() + "/"))
                    .max((a, b) -> Integer.compare(a.getMountPath().length(), b.getMountPath().length()))
                    .orElseThrow(() -> new AssertionError(where + ": nothing is mounted at PGDATA " + pgdata));
            assertTrue(claims.contains(dataMount.getName()),
                    where + ": PGDATA " + pgdata + " is on volume " + dataMount.getName() + ", not on a claim " + claims);
            for (Volume volume : pod.getVolumes()) {
                assertTrue(!volume.getName().equals(dataMount.getName()),
                        where + ": pod volume " + volume.getName() + " shadows the claim of the same name");
            }
            for (PersistentVolumeClaim claim : statefulSet.getSpec().getVolumeClaimTemplates()) {
                assertNotNull(claim.getSpec().getResources().getRequests().get("storage"), where + ": claim without a size");
            }
        }
    }

    @Test
    void theDefaultInstallRunsPostgresqlWithInitScript() {
        RenderedSet set = RenderedSet.named("default");
        assertEquals(1, set.all(StatefulSet.class).size(), "default: one PostgreSQL StatefulSet");
        Container postgres = set.all(StatefulSet.class).get(0).getSpec().getTemplate().getSpec().getContainers().get(0);
        assertTrue(postgres.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/docker-entrypoint-initdb.d")),
                "default: the init script is not mounted");
    }

    @Test
    void theBundledPostgresqlIsNeverEvictedByADrain() {
        RenderedSet set = RenderedSet.named("default");
        StatefulSet postgres = set.all(StatefulSet.class).get(0);
        var labels = postgres.getSpec().getTemplate().getMetadata().getLabels();
        var budgets = set.all(PodDisruptionBudget.class).stream()
                .filter(pdb -> labels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet())).toList();
        assertEquals(1, budgets.size(), "default: PodDisruptionBudgets of the bundled PostgreSQL");
        assertEquals(0, budgets.get(0).getSpec().getMaxUnavailable().getIntVal(), "default: its single pod may be evicted");
    }

    @Test
    void anExternalDatabaseRunsNoPostgresql() {
        RenderedSet set = RenderedSet.named("external-database");
        assertEquals(List.of(), set.all(StatefulSet.class), "external-database: an in-chart PostgreSQL is rendered");
        String host = set.overrides().at("/externalDatabase/host").asText();
        for (String component : List.of("sources", "claims", "timelines")) {
            var config = set.configOf(set.deployment(component)).getData();
            assertEquals(host, config.get("DB_HOST"), component);
            assertEquals(set.overrides().at("/externalDatabase/databases/" + component).asText(), config.get("DB_NAME"), component);
        }
    }
}
