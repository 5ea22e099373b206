package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered document is a valid Kubernetes object: known kind, no unknown field, valid names and quantities. */
class ManifestModelTest {

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$");
    private static final Pattern DNS_LABEL = Pattern.compile("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$");

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @Test
    void theDocumentedValueSetsAreRendered() {
        Set<String> names = sets().stream().map(RenderedSet::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("default", "external-database", "network-policy", "autoscaling")),
                "rendered: " + names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyServiceHasItsResources(RenderedSet set) {
        Map<String, Long> kinds = set.manifests().stream()
                .collect(Collectors.groupingBy(m -> m.resource().getKind(), Collectors.counting()));
        for (String kind : List.of("Deployment", "ServiceAccount", "ConfigMap")) {
            assertTrue(kinds.getOrDefault(kind, 0L) >= 3, set + ": fewer than 3 " + kind + ": " + kinds);
        }
        assertTrue(kinds.getOrDefault("Service", 0L) >= 3, set + ": " + kinds);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void namesAndQuantitiesAreValid(RenderedSet set) {
        for (StrictManifestParser.Manifest manifest : set.manifests()) {
            HasMetadata resource = manifest.resource();
            String name = resource.getMetadata().getName();
            Pattern rule = resource instanceof Service ? DNS_LABEL : DNS_SUBDOMAIN;
            assertTrue(name != null && rule.matcher(name).matches(), manifest.where() + ": invalid name " + name);
            assertEquals(null, resource.getMetadata().getNamespace(), manifest.where() + ": the release sets the namespace");
        }
        set.podTemplates().forEach((workload, template) -> {
            for (Container container : template.getSpec().getContainers()) {
                assertFalse(container.getResources().getLimits().isEmpty(), workload + ": no limits");
                container.getResources().getRequests().values().forEach(ManifestModelTest::assertQuantity);
                container.getResources().getLimits().values().forEach(ManifestModelTest::assertQuantity);
            }
        });
    }

    @Test
    void anUnknownFieldIsRejected() {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: typo}
                spec:
                  selector: {matchLabels: {app: typo}}
                  template:
                    metadata: {labels: {app: typo}}
                    spec:
                      containers:
                        - name: app
                          image: example
                          livenessProbe:
                            httpGett: {path: /q/health/live, port: 8080}
                """;
        AssertionError error = assertThrows(AssertionError.class, () -> new StrictManifestParser().parse("test", deployment));
        assertTrue(error.getMessage().contains("httpGett"), error.getMessage());
    }

    @Test
    void aNumberWhereTheApiWantsAStringIsRejected() {
        String configMap = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: unquoted}
                data:
                  DB_PORT: 5432
                """;
        assertThrows(AssertionError.class, () -> new StrictManifestParser().parse("test", configMap));
    }

    @Test
    void anUnknownApiVersionIsRejected() {
        String hpa = """
                apiVersion: autoscaling/v2beta1
                kind: HorizontalPodAutoscaler
                metadata: {name: old}
                """;
        assertThrows(AssertionError.class, () -> new StrictManifestParser().parse("test", hpa));
    }

    private static void assertQuantity(Quantity quantity) {
        // Throws on a malformed amount or suffix, as the API server would.
        assertTrue(Quantity.getAmountInBytes(quantity).signum() > 0, "quantity " + quantity);
    }
}
