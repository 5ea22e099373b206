package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With postgresql.mode cloudnativepg: a Cluster, the services on its read-write Service with the application user's
 * Secret, a Database owned by that user for each service, the extensions sources needs, and backups when asked.
 */
class CloudNativePgTest {

    static List<RenderedSet> sets() {
        return RenderedSet.all().stream().filter(set -> !set.custom("Cluster").isEmpty()).toList();
    }

    @Test
    void theProductionSetRunsOnCloudNativePg() {
        assertEquals(List.of("production"), sets().stream().map(RenderedSet::name).toList());
        assertEquals(List.of(), RenderedSet.named("production").all(StatefulSet.class), "production: a bundled PostgreSQL too");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyServiceHasItsDatabaseOnTheCluster(RenderedSet set) {
        GenericKubernetesResource cluster = set.custom("Cluster").get(0);
        String name = cluster.getMetadata().getName();
        JsonNode initdb = RenderedSet.spec(cluster).at("/bootstrap/initdb");
        String owner = initdb.path("owner").asText();
        assertFalse(owner.isEmpty(), set + ": initdb without an owner");
        Map<String, JsonNode> databases = set.custom("Database").stream().map(RenderedSet::spec)
                .collect(Collectors.toMap(spec -> spec.path("name").asText(), spec -> spec));
        assertTrue(databases.containsKey(initdb.path("database").asText()), set + ": initdb's database has no Database");
        String secret = initdb.at("/secret/name").asText(name + "-app");
        for (String component : List.of("sources", "claims", "timelines")) {
            String where = set + ": " + component;
            var deployment = set.deployment(component);
            Map<String, String> config = set.configOf(deployment).getData();
            assertEquals(name + "-rw", config.get("DB_HOST"), where + ": not the Cluster's read-write Service");
            assertEquals("5432", config.get("DB_PORT"), where);
            JsonNode database = databases.get(config.get("DB_NAME"));
            assertTrue(database != null, where + ": no Database " + config.get("DB_NAME"));
            assertEquals(owner, database.path("owner").asText(), where + ": owner");
            assertEquals(name, database.at("/cluster/name").asText(), where + ": Database on another cluster");
            assertEquals("present", database.path("ensure").asText(), where);
            assertEquals("retain", database.path("databaseReclaimPolicy").asText(), where + ": dropped with the resource");
            for (EnvVar env : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                if (env.getName().startsWith("DB_")) {
                    assertEquals(secret, env.getValueFrom().getSecretKeyRef().getName(), where + " " + env.getName());
                }
            }
        }
        Set<String> extensions = new HashSet<>();
        databases.get("sources").path("extensions").forEach(e -> {
            assertEquals("present", e.path("ensure").asText(), set + ": extension " + e);
            extensions.add(e.path("name").asText());
        });
        assertEquals(Set.of("unaccent", "pg_trgm"), extensions, set + ": extensions of sources (V1__sources.sql)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void backupsGoToTheObjectStoreOnASchedule(RenderedSet set) {
        GenericKubernetesResource cluster = set.custom("Cluster").get(0);
        JsonNode backup = RenderedSet.spec(cluster).path("backup");
        boolean asked = set.overrides().at("/postgresql/cloudnativepg/backup/enabled").asBoolean(false);
        assertEquals(asked, !backup.isMissingNode(), set + ": backup configured exactly when enabled");
        if (!asked) {
            return;
        }
        assertEquals(set.overrides().at("/postgresql/cloudnativepg/backup/destinationPath").asText(),
                backup.at("/barmanObjectStore/destinationPath").asText(), set.toString());
        List<GenericKubernetesResource> schedules = set.custom("ScheduledBackup");
        assertEquals(1, schedules.size(), set + ": ScheduledBackups");
        assertEquals(cluster.getMetadata().getName(), RenderedSet.spec(schedules.get(0)).at("/cluster/name").asText(), set.toString());
    }
}
