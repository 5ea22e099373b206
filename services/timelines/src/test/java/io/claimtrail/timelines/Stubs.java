package io.claimtrail.timelines;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The sources and claims services, played by one WireMock server on a free port. By default sources know the
 * story's two sources, every looked-up claim exists, the story query returns no claims, speakers are matched by
 * {@link SpeakerDirectoryStub} and claim matching answers 404 (a claims service without it); tests stub more.
 */
public class Stubs implements QuarkusTestResourceLifecycleManager {

    public static final UUID TV_CHOSUN = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID SINGH = UUID.fromString("00000000-0000-4000-8000-000000000003");

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    /** Back to the default answers, with every circuit breaker closed again. */
    public static void reset() {
        io.quarkus.arc.Arc.container().instance(io.smallrye.faulttolerance.api.CircuitBreakerMaintenance.class).get().resetAll();
        answerNormally();
    }

    private static void answerNormally() {
        server.resetAll();
        server.stubFor(post(urlEqualTo("/sources/lookup")).willReturn(okJson("""
                {"items": [
                  {"id": "%s", "slug": "tv-chosun", "name": "TV Chosun", "kind": "OUTLET", "reliability": "C", "archived": false},
                  {"id": "%s", "slug": "sabrina-singh", "name": "Sabrina Singh", "kind": "PERSON", "reliability": "B", "archived": false}
                ], "missing": []}""".formatted(TV_CHOSUN, SINGH))));
        server.stubFor(post(urlEqualTo("/claims/lookup")).willReturn(okJson("{\"items\":[],\"missing\":[],\"notYet\":[]}")));
        server.stubFor(post(urlEqualTo("/sources/match")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withTransformers(SpeakerDirectoryStub.NAME)));
        // A claims service without claim matching yet, as before it was merged.
        server.stubFor(post(urlEqualTo("/claims/similar")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.notFound()));
        stubStory(List.of(), 0, 0);
    }

    /**
     * The story query answers page {@code page} (0 for the request without a cursor, n for cursor {@code "cursor-n"})
     * with these claims, and the cursor of the next page while fewer than {@code total} claims have been given.
     */
    public static void stubStory(List<String> claimsJson, int page, long total) {
        String next = (page + 1) * 1000L < total ? "\"cursor-" + (page + 1) + "\"" : "null";
        server.stubFor(post(urlEqualTo("/claims/query"))
                .withRequestBody(page == 0 ? com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.after",
                        com.github.tomakehurst.wiremock.client.WireMock.absent())
                        : com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.after",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("cursor-" + page)))
                .willReturn(okJson("{\"items\":[" + String.join(",", claimsJson) + "],\"size\":1000,\"next\":"
                        + next + "}")));
    }

    /** One claim as the story query returns it. */
    public static String claim(UUID id, UUID source, String text, String statedOn, String status, int credibility,
            String relations, String history) {
        return """
                {"claim": {"id": "%s", "text": "%s", "sourceId": "%s", "statedOn": "%s", "topics": ["north-korea"],
                  "kind": "ASSERTION", "status": "%s", "credibility": %d, "appearances": [], "archived": false,
                  "createdAt": "2024-07-02T00:00:00Z", "updatedAt": "2024-07-02T00:00:00Z", "version": 0},
                 "relations": %s, "history": %s}""".formatted(id, text, source, statedOn, status, credibility,
                relations == null ? "[]" : relations, history == null ? "[]" : history);
    }

    public static String many(int count, UUID source) {
        return many(count, source, "2024-07-01");
    }

    /** Claims all stated that day, in the claims service's order (by id within a day). */
    public static String many(int count, UUID source, String statedOn) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).sorted()
                .map(id -> claim(id, source, "claim " + id, statedOn, "UNVERIFIED", 6, null, null))
                .collect(Collectors.joining(","));
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new SpeakerDirectoryStub()));
        server.start();
        answerNormally();
        return Map.of("quarkus.rest-client.sources.url", server.baseUrl(),
                "quarkus.rest-client.claims.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
