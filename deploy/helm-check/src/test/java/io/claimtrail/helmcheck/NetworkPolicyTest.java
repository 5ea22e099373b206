package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Only timelines calls claims and sources, only claims calls sources, only the services reach PostgreSQL. */
class NetworkPolicyTest {

    private static final String COMPONENT = "app.kubernetes.io/component";
    private static final Map<String, Set<String>> ALLOWED_CALLERS = Map.of(
            "sources", Set.of("claims", "timelines"),
            "claims", Set.of("timelines"),
            "timelines", Set.of(),
            "postgresql", Set.of("sources", "claims", "timelines"));

    private static final ObjectMapper YAML = new ObjectMapper();

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void onlyTheAllowedComponentsMayConnect(RenderedSet set) {
        for (NetworkPolicy policy : set.all(NetworkPolicy.class)) {
            String where = set + ": NetworkPolicy " + policy.getMetadata().getName();
            String target = policy.getSpec().getPodSelector().getMatchLabels().get(COMPONENT);
            assertTrue(ALLOWED_CALLERS.containsKey(target), where + ": selects " + target);
            assertEquals(List.of("Ingress"), policy.getSpec().getPolicyTypes(), where);
            // Peers of the chart are pod selectors alone (same namespace); peers with a namespace are apiClients.
            Set<String> callers = policy.getSpec().getIngress().stream()
                    .flatMap(rule -> rule.getFrom().stream())
                    .filter(peer -> peer.getNamespaceSelector() == null && peer.getPodSelector() != null)
                    .map(peer -> peer.getPodSelector().getMatchLabels().get(COMPONENT))
                    .collect(Collectors.toSet());
            Set<String> allowed = new HashSet<>(ALLOWED_CALLERS.get(target));
            if (!target.equals("postgresql") && !set.all(Pod.class).isEmpty()) {
                allowed.add("test"); // the `helm test` pod asks each service's readiness
            }
            assertEquals(allowed, callers, where + ": callers inside the release");
            if (target.equals("postgresql")) {
                assertEquals(1, policy.getSpec().getIngress().size(), where + ": PostgreSQL admits others than the services");
            }
        }
    }

    @Test
    void theNetworkPolicySetCoversEveryComponentAndAdmitsTheApiClients() {
        RenderedSet set = RenderedSet.named("network-policy");
        Map<String, NetworkPolicy> byTarget = set.all(NetworkPolicy.class).stream().collect(Collectors.toMap(
                policy -> policy.getSpec().getPodSelector().getMatchLabels().get(COMPONENT), policy -> policy));
        assertEquals(ALLOWED_CALLERS.keySet(), byTarget.keySet(), "network-policy: components with a policy");
        int clients = set.overrides().at("/networkPolicy/apiClients").size();
        for (String api : List.of("sources", "claims", "timelines")) {
            List<NetworkPolicyPeer> external = byTarget.get(api).getSpec().getIngress().stream()
                    .flatMap(rule -> rule.getFrom().stream())
                    .filter(peer -> peer.getNamespaceSelector() != null)
                    .toList();
            assertTrue(external.size() >= clients, "network-policy: " + api + " does not admit the apiClients: " + external);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theIngressControllersAreAdmittedWhenTrafficComesThroughThem(RenderedSet set) {
        if (set.all(NetworkPolicy.class).isEmpty()) {
            return;
        }
        boolean routed = !set.all(Ingress.class).isEmpty() || !set.all(HTTPRoute.class).isEmpty();
        JsonNode controllers = set.overrides().at("/networkPolicy/ingressControllers");
        for (String api : List.of("sources", "claims", "timelines")) {
            NetworkPolicy policy = set.all(NetworkPolicy.class).stream()
                    .filter(p -> api.equals(p.getSpec().getPodSelector().getMatchLabels().get(COMPONENT))).findFirst().orElseThrow();
            List<NetworkPolicyPeer> peers = policy.getSpec().getIngress().stream().flatMap(rule -> rule.getFrom().stream()).toList();
            for (JsonNode controller : controllers) {
                NetworkPolicyPeer expected = YAML.convertValue(controller, NetworkPolicyPeer.class);
                assertEquals(routed, peers.contains(expected), set + ": " + api + " admits the ingress controller " + controller
                        + " exactly when an Ingress or HTTPRoute is rendered");
            }
        }
    }

    @Test
    void noNetworkPolicyUnlessAskedFor() {
        assertEquals(List.of(), RenderedSet.named("default").all(NetworkPolicy.class));
    }
}
