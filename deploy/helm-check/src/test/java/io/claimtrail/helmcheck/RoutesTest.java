package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Ingress and the HTTPRoute send each API path to the Service of the service that answers it, on a real port. */
class RoutesTest {

    /** Path prefix to the component that serves it; /schemas is the bundle schema timelines serves. */
    private static final Map<String, String> ROUTES = Map.of(
            "/sources", "sources", "/claims", "claims", "/timelines", "timelines", "/schemas", "timelines");

    static List<RenderedSet> sets() {
        return RenderedSet.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void ingressPathsLeadToTheirService(RenderedSet set) {
        for (Ingress ingress : set.all(Ingress.class)) {
            String where = set + ": Ingress " + ingress.getMetadata().getName();
            Map<String, String> routed = new HashMap<>();
            for (IngressRule rule : ingress.getSpec().getRules()) {
                assertEquals(set.overrides().at("/ingress/host").asText(""), rule.getHost() == null ? "" : rule.getHost(), where);
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    assertEquals("Prefix", path.getPathType(), where + " " + path.getPath());
                    var backend = path.getBackend().getService();
                    Service service = set.find(Service.class, backend.getName())
                            .orElseThrow(() -> new AssertionError(where + ": no Service " + backend.getName()));
                    assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> backend.getPort().getName() != null
                            ? backend.getPort().getName().equals(p.getName())
                            : backend.getPort().getNumber().equals(p.getPort())), where + ": no such port on " + backend.getName());
                    routed.put(path.getPath(), component(service));
                }
            }
            assertEquals(ROUTES, routed, where + ": paths and the components they reach");
            set.overrides().at("/ingress/tls").forEach(tls -> assertTrue(ingress.getSpec().getTls().stream()
                    .anyMatch(t -> t.getSecretName().equals(tls.get("secretName").asText())), where + ": TLS " + tls));
            String className = set.overrides().at("/ingress/className").asText("");
            assertEquals(className.isEmpty() ? null : className, ingress.getSpec().getIngressClassName(), where);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void httpRoutePathsLeadToTheirService(RenderedSet set) {
        for (HTTPRoute route : set.all(HTTPRoute.class)) {
            String where = set + ": HTTPRoute " + route.getMetadata().getName();
            assertFalse(route.getSpec().getParentRefs().isEmpty(), where + ": attached to no Gateway");
            Map<String, String> routed = new HashMap<>();
            for (HTTPRouteRule rule : route.getSpec().getRules()) {
                assertEquals(1, rule.getBackendRefs().size(), where);
                HTTPBackendRef backend = rule.getBackendRefs().get(0);
                Service service = set.find(Service.class, backend.getName())
                        .orElseThrow(() -> new AssertionError(where + ": no Service " + backend.getName()));
                List<Integer> ports = service.getSpec().getPorts().stream().map(ServicePort::getPort).toList();
                assertTrue(ports.contains(backend.getPort()), where + ": " + backend.getName() + " has no port " + backend.getPort());
                for (HTTPRouteMatch match : rule.getMatches()) {
                    assertEquals("PathPrefix", match.getPath().getType(), where);
                    routed.put(match.getPath().getValue(), component(service));
                }
            }
            assertEquals(ROUTES, routed, where + ": paths and the components they reach");
        }
    }

    @Test
    void theDocumentedWaysInAreRendered() {
        assertEquals(1, RenderedSet.named("production").all(Ingress.class).size(), "production: an Ingress");
        assertEquals(1, RenderedSet.named("gateway-api").all(HTTPRoute.class).size(), "gateway-api: an HTTPRoute");
        assertTrue(RenderedSet.named("default").all(Ingress.class).isEmpty(), "default: an Ingress nobody asked for");
    }

    private static String component(Service service) {
        return service.getSpec().getSelector().get("app.kubernetes.io/component");
    }
}
