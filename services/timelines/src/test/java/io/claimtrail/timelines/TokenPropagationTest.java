package io.claimtrail.timelines;

import io.claimtrail.testing.TestTokens;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;

/**
 * Every call to the sources and claims services carries the caller's own token, including the claim pages fetched
 * concurrently, the retried ones, the reference checks of writes and the calls of an import.
 */
@TimelinesTest
class TokenPropagationTest {

    private String bearer;
    private String slug;

    @BeforeEach
    void story() {
        Stubs.reset();
        bearer = TestTokens.bearer(TestTokens.valid(Role.ADMIN, "relay-" + UUID.randomUUID() + "@newsroom.example"));
        slug = Timelines.uniqueSlug();
        given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Timelines.timeline(slug, "Relayed", List.of("north-korea"))).post("/timelines").then()
                .statusCode(201);
    }

    @Test
    void everyPageOfClaimsCarriesTheCallersToken() {
        int pages = 7;
        for (int page = 0; page < pages; page++) {
            Stubs.stubStory(List.of(Stubs.many(2, page % 2 == 0 ? Stubs.SINGH : Stubs.TV_CHOSUN)), page,
                    (long) pages * 1000 - 500);
        }
        given().header("Authorization", bearer).get("/timelines/" + slug + "/entries").then().statusCode(200)
                .body("degraded", org.hamcrest.Matchers.equalTo(false))
                .body("total", org.hamcrest.Matchers.equalTo(2 * pages));
        Stubs.server().verify(exactly(pages), postRequestedFor(urlEqualTo("/claims/query"))
                .withHeader("Authorization", equalTo(bearer)));
        // one lookup per source first named by a page: Singh on the first, TV Chosun on the second
        Stubs.server().verify(exactly(2), postRequestedFor(urlEqualTo("/sources/lookup"))
                .withHeader("Authorization", equalTo(bearer)));
        Stubs.server().verify(exactly(0), anyRequestedFor(anyUrl()).withoutHeader("Authorization"));
    }

    @Test
    void aRetriedCallCarriesItToo() {
        Stubs.server().stubFor(post(urlEqualTo("/claims/query")).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        given().header("Authorization", bearer).get("/timelines/" + slug + "/timelinejs").then().statusCode(200);
        Stubs.server().verify(exactly(2), postRequestedFor(urlEqualTo("/claims/query"))
                .withHeader("Authorization", equalTo(bearer)));
        Stubs.server().verify(exactly(0), anyRequestedFor(anyUrl()).withoutHeader("Authorization"));
    }

    @Test
    void referenceChecksOfWritesCarryIt() {
        Map<String, Object> pinned = Timelines.timeline(Timelines.uniqueSlug(), "Pinned", List.of());
        pinned.put("pinnedClaimIds", List.of(UUID.randomUUID().toString()));
        given().header("Authorization", bearer).contentType(ContentType.JSON).body(pinned).post("/timelines").then()
                .statusCode(201);
        given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("title", "Briefing", "occurred", "2024-07-01",
                        "sourceIds", List.of(Stubs.SINGH.toString()), "claimIds", List.of(UUID.randomUUID().toString())))
                .post("/timelines/" + slug + "/events").then().statusCode(201);
        Stubs.server().verify(exactly(2), postRequestedFor(urlEqualTo("/claims/lookup"))
                .withHeader("Authorization", equalTo(bearer)));
        Stubs.server().verify(exactly(1), postRequestedFor(urlEqualTo("/sources/lookup"))
                .withHeader("Authorization", equalTo(bearer)));
        Stubs.server().verify(exactly(0), anyRequestedFor(anyUrl()).withoutHeader("Authorization"));
    }

    @Test
    void theCallsOfAnImportCarryIt() {
        Stubs.server().stubFor(get(urlEqualTo("/sources/tv-chosun")).willReturn(okJson("""
                {"id": "%s", "slug": "tv-chosun", "name": "TV Chosun", "kind": "OUTLET"}""".formatted(Stubs.TV_CHOSUN))));
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add("{\"ref\": \"e" + i + "\", \"title\": \"Event " + i + "\", \"occurred\": \"2024-06-1" + i
                    + "\", \"sourceRefs\": [\"tv\"]}");
        }
        String bundle = """
                {"format": "claimtrail-bundle/1",
                 "sources": [{"ref": "tv", "slug": "tv-chosun", "name": "TV Chosun", "kind": "OUTLET"}],
                 "claims": [], "timeline": {"slug": "%s", "title": "Imported"}, "events": [%s]}"""
                .formatted(Timelines.uniqueSlug(), String.join(",", events));
        given().header("Authorization", bearer).contentType(ContentType.JSON).body(bundle).post("/timelines/import")
                .then().statusCode(200).body("sources[0].outcome", org.hamcrest.Matchers.equalTo("MATCHED"));
        Stubs.server().verify(exactly(1), getRequestedFor(urlEqualTo("/sources/tv-chosun"))
                .withHeader("Authorization", equalTo(bearer)));
        Stubs.server().verify(exactly(3), postRequestedFor(urlEqualTo("/sources/lookup"))
                .withHeader("Authorization", equalTo(bearer)));
        Stubs.server().verify(exactly(0), anyRequestedFor(anyUrl()).withoutHeader("Authorization"));
    }
}
