package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One value set as `make helm-check` rendered it: target/helm-rendered/NAME.yaml, from the chart's defaults plus
 * helm/claimtrail/ci/NAME.yaml (none for "default").
 */
record RenderedSet(String name, List<StrictManifestParser.Manifest> manifests, JsonNode overrides) {

    static final Path RENDERED = Path.of(System.getProperty("claimtrail.rendered", "../../target/helm-rendered"));
    static final Path CHART = Path.of(System.getProperty("claimtrail.chart", "../../helm/claimtrail"));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static List<RenderedSet> all;

    /** Every rendered set, parsed strictly once per test run. */
    static synchronized List<RenderedSet> all() {
        if (all == null) {
            all = load();
        }
        return all;
    }

    static RenderedSet named(String name) {
        return all().stream().filter(set -> set.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no rendered value set " + name + " in " + RENDERED.toAbsolutePath()));
    }

    private static List<RenderedSet> load() {
        if (!Files.isDirectory(RENDERED)) {
            fail("No rendered manifests in " + RENDERED.toAbsolutePath() + ": run `make helm-check` first; it renders "
                    + "helm/claimtrail with a real helm, then runs these tests.");
        }
        StrictManifestParser parser = new StrictManifestParser();
        try (Stream<Path> files = Files.list(RENDERED)) {
            List<RenderedSet> sets = files.filter(file -> file.toString().endsWith(".yaml")).sorted()
                    .map(file -> read(parser, file)).toList();
            if (sets.isEmpty()) {
                fail("No *.yaml in " + RENDERED.toAbsolutePath() + ": run `make helm-check` first.");
            }
            return sets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RenderedSet read(StrictManifestParser parser, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        try {
            Path values = CHART.resolve("ci").resolve(name + ".yaml");
            JsonNode overrides = Files.exists(values) ? YAML.readTree(values.toFile()) : YAML.createObjectNode();
            return new RenderedSet(name, parser.parse(file.getFileName().toString(), Files.readString(file)), overrides);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return manifests.stream().map(StrictManifestParser.Manifest::resource).filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst();
    }

    /** The pod templates of every workload, by workload name. */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        all(Deployment.class).forEach(d -> templates.put("Deployment " + d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.put("StatefulSet " + s.getMetadata().getName(), s.getSpec().getTemplate()));
        all(Pod.class).forEach(p -> templates.put("Pod " + p.getMetadata().getName(),
                new PodTemplateSpec(p.getMetadata(), p.getSpec())));
        return templates;
    }

    /**
     * The Secrets that exist without being rendered: those the values name as existing ones (externalDatabase,
     * postgresql and auth existingSecret, the test token, the Secrets of extraVolumes), and the application user's
     * Secret that the CloudNativePG operator generates for a Cluster (<cluster>-app) when none is given.
     */
    Set<String> documentedExistingSecrets() {
        Set<String> names = new HashSet<>();
        for (String pointer : List.of("/externalDatabase/existingSecret", "/postgresql/auth/existingSecret",
                "/auth/existingSecret", "/tests/tokenSecret", "/postgresql/cloudnativepg/existingSecret")) {
            String name = overrides.at(pointer).asText("");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        for (String list : List.of("/extraVolumes", "/sources/extraVolumes", "/claims/extraVolumes", "/timelines/extraVolumes")) {
            overrides.at(list).forEach(volume -> {
                String name = volume.at("/secret/secretName").asText("");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            });
        }
        for (GenericKubernetesResource cluster : custom("Cluster")) {
            if (spec(cluster).at("/bootstrap/initdb/secret/name").isMissingNode()) {
                names.add(cluster.getMetadata().getName() + "-app");
            }
        }
        return names;
    }

    /** The custom resources of a kind (checked against their CRD schema when parsed). */
    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    /** A custom resource's spec as a tree. */
    static JsonNode spec(GenericKubernetesResource resource) {
        return YAML.valueToTree(resource.getAdditionalProperties().get("spec"));
    }

    /** The Deployment of one of the three services, found by its component label. */
    Deployment deployment(String component) {
        return all(Deployment.class).stream()
                .filter(d -> component.equals(d.getMetadata().getLabels().get("app.kubernetes.io/component")))
                .findFirst().orElseThrow(() -> new AssertionError(name + ": no Deployment for " + component));
    }

    /** The ConfigMap a Deployment takes its environment from. */
    ConfigMap configOf(Deployment deployment) {
        String configName = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnvFrom().get(0)
                .getConfigMapRef().getName();
        return find(ConfigMap.class, configName)
                .orElseThrow(() -> new AssertionError(name + ": no ConfigMap " + configName));
    }

    /** The Services whose selector picks the given pod labels. */
    List<Service> servicesSelecting(Map<String, String> podLabels) {
        return all(Service.class).stream()
                .filter(s -> s.getSpec().getSelector() != null
                        && podLabels.entrySet().containsAll(s.getSpec().getSelector().entrySet()))
                .toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
