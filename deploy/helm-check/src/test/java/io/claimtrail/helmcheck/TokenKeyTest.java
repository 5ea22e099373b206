package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every service verifies tokens with the configured issuer, audience and key: a JWKS URL as is, or a key from a
 * Secret mounted read-only where MP_JWT_VERIFY_PUBLICKEY_LOCATION points.
 */
class TokenKeyTest {

    private static final String MOUNT = "/etc/claimtrail/token-key";
    private static final String DEFAULT_JWKS = "https://sso.example.org/realms/newsroom/protocol/openid-connect/certs";

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyServiceGetsIssuerAudienceAndKey(RenderedSet set) {
        String issuer = set.overrides().at("/auth/issuer").asText("https://claimtrail.local");
        String jwksUrl = set.name().equals("default") ? DEFAULT_JWKS : set.overrides().at("/auth/jwksUrl").asText("");
        String keyFile = set.overrides().at("/auth/existingSecretKey").asText("publicKey.pem");
        for (String component : List.of("sources", "claims", "timelines")) {
            Deployment deployment = set.deployment(component);
            String where = set + ": " + component;
            Map<String, String> config = set.configOf(deployment).getData();
            assertEquals(issuer, config.get("MP_JWT_VERIFY_ISSUER"), where);
            assertEquals("claimtrail", config.get("MP_JWT_VERIFY_AUDIENCES"), where);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Optional<Volume> keyVolume = pod.getVolumes().stream().filter(v -> v.getName().equals("token-key")).findFirst();
            if (!jwksUrl.isEmpty()) {
                assertEquals(jwksUrl, config.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), where);
                assertTrue(keyVolume.isEmpty(), where + ": a key volume next to a JWKS URL");
                continue;
            }
            assertEquals(MOUNT + "/" + keyFile, config.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), where);
            Volume volume = keyVolume.orElseThrow(() -> new AssertionError(where + ": no token-key volume"));
            assertEquals(keyFile, volume.getSecret().getItems().get(0).getKey(), where);
            Container container = pod.getContainers().get(0);
            VolumeMount mount = container.getVolumeMounts().stream().filter(m -> m.getName().equals("token-key"))
                    .findFirst().orElseThrow(() -> new AssertionError(where + ": token-key not mounted"));
            assertEquals(MOUNT, mount.getMountPath(), where);
            assertTrue(mount.getReadOnly(), where + ": the key mount must be read-only");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void aKeyGivenAsValueIsStoredInTheChartsSecretAndRollsThePods(RenderedSet set) {
        String publicKey = set.overrides().at("/auth/publicKey").asText("");
        List<Secret> keySecrets = set.all(Secret.class).stream()
                .filter(s -> s.getMetadata().getName().endsWith("-token-key")).toList();
        if (publicKey.isEmpty()) {
            assertTrue(keySecrets.isEmpty(), set + ": a token-key Secret without auth.publicKey");
            return;
        }
        assertEquals(1, keySecrets.size(), set + ": token-key Secrets");
        Secret secret = keySecrets.get(0);
        assertEquals(publicKey, secret.getStringData().get("publicKey.pem"), set + ": the stored key");
        for (String component : List.of("sources", "claims", "timelines")) {
            Deployment deployment = set.deployment(component);
            Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(v -> v.getName().equals("token-key")).findFirst().orElseThrow();
            assertEquals(secret.getMetadata().getName(), volume.getSecret().getSecretName(), set + ": " + component);
            assertTrue(deployment.getSpec().getTemplate().getMetadata().getAnnotations()
                    .containsKey("checksum/token-key"), set + ": " + component + " does not roll on a new key");
        }
    }
}
