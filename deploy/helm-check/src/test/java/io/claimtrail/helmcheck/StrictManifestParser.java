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
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses `helm template` output into the fabric8 Kubernetes model, refusing anything the API server would refuse. */
final class StrictManifestParser {

    /** The kinds the chart renders, by "apiVersion/kind": anything else (a typo, a removed API version) fails. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

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
        Class<? extends HasMetadata> type = KINDS.get(key);
        if (type == null) {
            throw new AssertionError(where + ": " + key + " is not a kind the chart is expected to render " + KINDS.keySet());
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
