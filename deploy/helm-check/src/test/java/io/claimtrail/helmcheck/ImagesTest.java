package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Service images come from a registry, by a release tag (the chart's appVersion by default) or a digest. */
class ImagesTest {

    /** registry/path:tag[@sha256:digest], the registry being a host name with a dot or a port, or localhost. */
    private static final Pattern IMAGE = Pattern.compile(
            "^((?:[a-z0-9-]+\\.)+[a-z0-9-]+(?::[0-9]+)?|[a-z0-9-]+:[0-9]+|localhost)/([a-z0-9._/-]+):([A-Za-z0-9_][A-Za-z0-9_.-]*)(@sha256:[a-f0-9]{64})?$");

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void serviceImagesArePinnedReleasesFromARegistry(RenderedSet set) throws IOException {
        String appVersion = new ObjectMapper(new YAMLFactory()).readTree(RenderedSet.CHART.resolve("Chart.yaml").toFile())
                .get("appVersion").asText();
        assertFalse(appVersion.toUpperCase().contains("SNAPSHOT"), "Chart.yaml appVersion " + appVersion + " is a snapshot");
        for (String component : List.of("sources", "claims", "timelines")) {
            Deployment deployment = set.deployment(component);
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            String where = set + ": " + component + " image " + container.getImage();
            Matcher image = IMAGE.matcher(container.getImage());
            assertTrue(image.matches(), where + ": not registry/repository:tag[@sha256:...]");
            assertTrue(image.group(2).endsWith("/" + component) || image.group(2).equals(component), where);
            String tag = set.overrides().at("/" + component + "/image/tag").asText("");
            assertEquals(tag.isEmpty() ? appVersion : tag, image.group(3), where + ": tag");
            String digest = set.overrides().at("/" + component + "/image/digest").asText("");
            assertEquals(digest.isEmpty() ? null : "@" + digest, image.group(4), where + ": digest");
            if (image.group(3).toUpperCase().contains("SNAPSHOT") && image.group(4) == null) {
                assertEquals("Always", container.getImagePullPolicy(), where + ": a snapshot tag cached by the nodes");
            }
        }
    }

    @Test
    void theGlobalRegistryPrefixesEveryRepository() {
        RenderedSet set = RenderedSet.named("bundled-trial");
        for (String component : List.of("sources", "claims", "timelines")) {
            String image = set.deployment(component).getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
            assertTrue(image.startsWith("localhost:5000/claimtrail/" + component + ":"), "bundled-trial: " + image);
        }
    }
}
