package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** `helm test`: one hook pod asks every service's readiness at the URL the callers use, and reads with the token. */
class HelmTestPodTest {

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theTestPodChecksEveryServiceAndTheTokenRead(RenderedSet set) {
        List<Pod> pods = set.all(Pod.class);
        assertEquals(1, pods.size(), set + ": test pods");
        Pod pod = pods.get(0);
        assertEquals("test", pod.getMetadata().getAnnotations().get("helm.sh/hook"), set + ": not a helm test hook");
        assertEquals("Never", pod.getSpec().getRestartPolicy(), set.toString());
        String script = String.join("\n", pod.getSpec().getContainers().get(0).getArgs());
        var timelines = set.configOf(set.deployment("timelines")).getData();
        String sourcesUrl = timelines.get("SOURCES_URL");
        String claimsUrl = timelines.get("CLAIMS_URL");
        String timelinesUrl = "http://" + set.all(io.fabric8.kubernetes.api.model.Service.class).stream()
                .filter(s -> "timelines".equals(s.getSpec().getSelector().get("app.kubernetes.io/component")))
                .map(s -> s.getMetadata().getName() + ":" + s.getSpec().getPorts().get(0).getPort()).findFirst().orElseThrow();
        for (String url : List.of(sourcesUrl, claimsUrl, timelinesUrl)) {
            assertTrue(script.contains("curl -fsS --max-time 10 " + url + "/q/health/ready"), set + ": no readiness check of " + url
                    + " in\n" + script);
        }
        String tokenSecret = set.overrides().at("/tests/tokenSecret").asText("");
        Optional<Volume> token = pod.getSpec().getVolumes().stream().filter(v -> v.getName().equals("token")).findFirst();
        assertEquals(!tokenSecret.isEmpty(), token.isPresent(), set + ": token volume exactly when tests.tokenSecret is set");
        token.ifPresent(volume -> {
            assertEquals(tokenSecret, volume.getSecret().getSecretName(), set.toString());
            assertTrue(script.contains("Authorization: Bearer $(cat /token/token)") && script.contains(timelinesUrl + "/timelines"),
                    set + ": no authenticated read");
        });
    }
}
