package io.claimtrail.helmcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses `helm template` output into the fabric8 Kubernetes model, refusing anything the API server would refuse. */
final class StrictManifestParser {

    /** The kinds the chart renders, by "apiVersion/kind": anything else (a typo, a removed API version) fails. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/Pod", Pod.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class));

    /** Custom resources: kept as generic trees once checked against their CRD schema. */
    private static final ObjectMapper GENERIC = JsonMapper.builder(new YAMLFactory()).build();

    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");
    private static final Pattern SOURCE_COMMENT = Pattern.compile("(?m)^# Source: (.+)$");

    private final ObjectMapper mapper = JsonMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .annotationIntrospector(new NoAnySetterIntrospector())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // The API server takes no "8081" for an integer nor 5432 or true for a string (ConfigMap data, labels,
            // annotations): neither do we.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Every resource of one rendered file; an error names the template that produced the bad document. */
    List<Manifest> parse(String origin, String yaml) {
        List<Manifest> manifests = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(yaml)) {
            Matcher source = SOURCE_COMMENT.matcher(document);
            String where = origin + (source.find() ? " (" + source.group(1) + ")" : "");
            JsonNode tree = readTree(where, document);
            if (tree == null || tree.isNull() || tree.isMissingNode()) {
                continue;
            }
            manifests.add(new Manifest(where, toModel(where, tree)));
        }
        return manifests;
    }

    HasMetadata toModel(String where, JsonNode tree) {
        String key = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
        Optional<JsonNode> crdSchema = CrdSchemas.of(key);
        if (crdSchema.isPresent()) {
            List<String> problems = CrdSchemas.violations(crdSchema.get(), tree);
            if (!problems.isEmpty()) {
                throw new AssertionError(where + ": not a valid " + key + " (CRD schema): " + problems);
            }
            try {
                // Metadata strictly as for any object; the rest was checked against the CRD's schema above.
                mapper.treeToValue(tree.path("metadata"), ObjectMeta.class);
                return GENERIC.treeToValue(tree, GenericKubernetesResource.class);
            } catch (JsonProcessingException e) {
                throw new AssertionError(where + ": not a valid " + key + ": " + e.getOriginalMessage(), e);
            }
        }
        Class<? extends HasMetadata> type = KINDS.get(key);
        if (type == null) {
            throw new AssertionError(where + ": " + key + " is not a kind the chart is expected to render "
                    + KINDS.keySet() + " " + CrdSchemas.kinds());
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(where + ": not a valid " + key + ": " + e.getOriginalMessage(), e);
        }
    }

    private JsonNode readTree(String where, String document) {
        try {
            return mapper.readTree(document);
        } catch (IOException e) {
            throw new AssertionError(where + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    /** One parsed resource and where it came from. */
    record Manifest(String where, HasMetadata resource) {
    }

    /**
     * The fabric8 classes collect unknown fields in an @JsonAnySetter map instead of failing. Ignoring that
     * annotation makes FAIL_ON_UNKNOWN_PROPERTIES apply to every object of the model.
     */
    private static final class NoAnySetterIntrospector extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }
    }
}
