package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `helm upgrade` from the previous chart version: the same install rendered by both (target/helm-upgrade, see
 * helm-check.sh) keeps every workload, Service and Secret under its name and changes no field the API server refuses
 * to change: StatefulSet selector, serviceName, podManagementPolicy and volumeClaimTemplates, Deployment selectors,
 * a headless Service's clusterIP.
 */
class UpgradeTest {

    static final Path UPGRADE = Path.of(System.getProperty("claimtrail.upgrade", "../../target/helm-upgrade"));

    record Pair(String name, List<HasMetadata> previous, List<HasMetadata> current) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Pair> pairs() {
        if (!Files.isDirectory(UPGRADE)) {
            fail("No upgrade renders in " + UPGRADE.toAbsolutePath() + ": run `make helm-check`.");
        }
        StrictManifestParser parser = new StrictManifestParser();
        try (Stream<Path> files = Files.list(UPGRADE)) {
            List<Pair> pairs = files.map(Path::getFileName).map(Path::toString).filter(f -> f.endsWith(".previous.yaml")).sorted()
                    .map(f -> f.replaceFirst("\\.previous\\.yaml$", ""))
                    .map(name -> new Pair(name, parse(parser, name + ".previous.yaml"), parse(parser, name + ".current.yaml")))
                    .toList();
            assertFalse(pairs.isEmpty(), "no upgrade pairs in " + UPGRADE.toAbsolutePath());
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void workloadsServicesAndSecretsKeepTheirNames(Pair pair) {
        for (HasMetadata previous : pair.previous()) {
            if (previous instanceof Deployment || previous instanceof StatefulSet || previous instanceof Service
                    || previous instanceof Secret) {
                assertTrue(find(pair.current(), previous.getClass(), previous.getMetadata().getName()).isPresent(),
                        pair + ": " + previous.getKind() + " " + previous.getMetadata().getName() + " would be deleted by the upgrade");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void statefulSetsChangeNoImmutableField(Pair pair) {
        List<StatefulSet> previousSets = of(pair.previous(), StatefulSet.class);
        for (StatefulSet previous : previousSets) {
            String where = pair + ": StatefulSet " + previous.getMetadata().getName();
            StatefulSet current = find(pair.current(), StatefulSet.class, previous.getMetadata().getName()).orElseThrow();
            assertEquals(previous.getSpec().getSelector(), current.getSpec().getSelector(), where + ": selector");
            assertEquals(previous.getSpec().getServiceName(), current.getSpec().getServiceName(), where + ": serviceName");
            assertEquals(previous.getSpec().getPodManagementPolicy(), current.getSpec().getPodManagementPolicy(),
                    where + ": podManagementPolicy");
            List<PersistentVolumeClaim> before = previous.getSpec().getVolumeClaimTemplates();
            List<PersistentVolumeClaim> after = current.getSpec().getVolumeClaimTemplates();
            assertEquals(before.size(), after.size(), where + ": volumeClaimTemplates");
            for (int i = 0; i < before.size(); i++) {
                assertEquals(before.get(i).getMetadata(), after.get(i).getMetadata(), where + ": volumeClaimTemplates[" + i + "].metadata");
                assertEquals(before.get(i).getSpec(), after.get(i).getSpec(), where + ": volumeClaimTemplates[" + i + "].spec");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void deploymentSelectorsAndHeadlessServicesStay(Pair pair) {
        for (Deployment previous : of(pair.previous(), Deployment.class)) {
            Deployment current = find(pair.current(), Deployment.class, previous.getMetadata().getName()).orElseThrow();
            assertEquals(previous.getSpec().getSelector(), current.getSpec().getSelector(),
                    pair + ": Deployment " + previous.getMetadata().getName() + " selector");
        }
        for (Service previous : of(pair.previous(), Service.class)) {
            Service current = find(pair.current(), Service.class, previous.getMetadata().getName()).orElseThrow();
            assertEquals(previous.getSpec().getClusterIP(), current.getSpec().getClusterIP(),
                    pair + ": Service " + previous.getMetadata().getName() + " clusterIP");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void generatedPasswordsAreReadBackUnderTheSameKeys(Pair pair) {
        for (Secret previous : of(pair.previous(), Secret.class)) {
            Secret current = find(pair.current(), Secret.class, previous.getMetadata().getName()).orElseThrow();
            Map<String, String> annotations = previous.getMetadata().getAnnotations();
            if (annotations != null && "keep".equals(annotations.get("helm.sh/resource-policy"))) {
                assertEquals(previous.getData().keySet(), current.getData().keySet(),
                        pair + ": Secret " + previous.getMetadata().getName() + " keys (the lookup reads them back)");
                assertEquals("keep", current.getMetadata().getAnnotations().get("helm.sh/resource-policy"), pair.toString());
            }
        }
    }

    private static <T extends HasMetadata> List<T> of(List<HasMetadata> resources, Class<T> kind) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).collect(Collectors.toList());
    }

    private static <T extends HasMetadata> Optional<T> find(List<HasMetadata> resources, Class<T> kind, String name) {
        return of(resources, kind).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst();
    }

    private static List<HasMetadata> parse(StrictManifestParser parser, String file) {
        try {
            return parser.parse(file, Files.readString(UPGRADE.resolve(file))).stream()
                    .map(StrictManifestParser.Manifest::resource).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
