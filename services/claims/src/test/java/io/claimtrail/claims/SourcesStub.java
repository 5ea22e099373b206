package io.claimtrail.claims;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The sources service, played by WireMock on a free port: its lookup knows the story's sources below. Tests can
 * make it slow, failing or gone through {@link #server()}.
 */
public class SourcesStub implements QuarkusTestResourceLifecycleManager {

    public static final UUID TV_CHOSUN = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID PENTAGON = UUID.fromString("00000000-0000-4000-8000-000000000002");
    public static final UUID SINGH = UUID.fromString("00000000-0000-4000-8000-000000000003");
    public static final UUID KIRBY = UUID.fromString("00000000-0000-4000-8000-000000000004");
    public static final UUID KYIV_POST = UUID.fromString("00000000-0000-4000-8000-000000000005");

    /** Both lookups: the full one and the lean one (/sources/lookup/facts), which claims reads as the same record. */
    public static final String LOOKUPS = "/sources/lookup(/facts)?";

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    /** The normal answers: ready, and the five sources whatever was asked (unknown ids are simply not among them). */
    public static void answerNormally() {
        server.resetAll();
        server.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"status\": \"UP\", \"checks\": []}")));
        server.stubFor(post(urlMatching(LOOKUPS)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"items": [
                          {"id": "%s", "slug": "tv-chosun", "name": "TV Chosun", "kind": "OUTLET", "reliability": "C", "archived": false, "aliases": []},
                          {"id": "%s", "slug": "us-dod", "name": "U.S. Department of Defense", "kind": "INSTITUTION", "reliability": "B", "homepage": "https://www.defense.gov", "archived": false},
                          {"id": "%s", "slug": "sabrina-singh", "name": "Sabrina Singh", "kind": "PERSON", "reliability": "F", "archived": false,
                           "affiliations": [{"parentId": "%s", "role": "Deputy Pentagon Press Secretary", "from": "../2024-07-01"}]},
                          {"id": "%s", "slug": "john-kirby", "name": "John Kirby", "kind": "PERSON", "reliability": "F", "archived": false},
                          {"id": "%s", "slug": "kyiv-post", "name": "Kyiv Post", "kind": "OUTLET", "reliability": "F", "archived": false}
                        ], "missing": []}""".formatted(TV_CHOSUN, PENTAGON, SINGH, PENTAGON, KIRBY, KYIV_POST))));
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        answerNormally();
        return Map.of("quarkus.rest-client.sources.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
