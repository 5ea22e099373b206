package io.claimtrail.timelines;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@TimelinesTest
class EntriesTest {

    private static final UUID JULY = UUID.fromString("10000000-0000-4000-8000-000000000001");
    private static final UUID JUNE_30 = UUID.fromString("10000000-0000-4000-8000-000000000002");
    private static final UUID AUGUST = UUID.fromString("10000000-0000-4000-8000-000000000003");

    private String slug;

    @BeforeEach
    void story() {
        Stubs.reset();
        slug = Timelines.uniqueSlug();
        Timelines.create(Timelines.timeline(slug, "Story", List.of("north-korea")));
        Timelines.event(slug, "Pact signed", "2024-06-19");
        Timelines.event(slug, "Briefing", "2024-07-01");
        Timelines.event(slug, "Sometime in 2024", "2024");
        Stubs.stubStory(List.of(
                Stubs.claim(JUNE_30, Stubs.TV_CHOSUN, "Engineers will go to Donetsk", "2024-06-30", "DISPUTED", 4,
                        "[{\"type\":\"NO_EVIDENCE_FOR\",\"direction\":\"INCOMING\",\"otherClaimId\":\"" + JULY + "\"}]", null),
                Stubs.claim(JULY, Stubs.SINGH, "No evidence of troops", "2024-07", "UNVERIFIED", 6, null, null),
                Stubs.claim(AUGUST, Stubs.SINGH, "Later statement", "2024-08-01", "UNVERIFIED", 6, null, null)), 0, 3);
    }

    @Test
    void entriesFollowThePartialDateBounds() {
        given().get("/timelines/" + slug + "/entries").then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("total", equalTo(6))
                .body("entries.date", contains("2024", "2024-06-19", "2024-06-30", "2024-07-01", "2024-07", "2024-08-01"))
                .body("entries.type", contains("EVENT", "EVENT", "CLAIM", "EVENT", "CLAIM", "CLAIM"))
                .body("entries[2].id", equalTo(JUNE_30.toString()))
                .body("entries[2].title", equalTo("TV Chosun: Engineers will go to Donetsk"))
                .body("entries[2].source.name", equalTo("TV Chosun"))
                .body("entries[2].source.kind", equalTo("OUTLET"))
                .body("entries[2].source.reliability", equalTo("C"))
                .body("entries[2].status", equalTo("DISPUTED"))
                .body("entries[2].credibility", equalTo(4))
                .body("entries[2].relations[0].type", equalTo("NO_EVIDENCE_FOR"))
                .body("entries[4].earliest", equalTo("2024-07-01"))
                .body("entries[4].latest", equalTo("2024-07-31"));
        Stubs.server().verify(1, postRequestedFor(urlEqualTo("/claims/query"))
                .withRequestBody(matchingJsonPath("$.topics[0]", com.github.tomakehurst.wiremock.client.WireMock.equalTo("north-korea"))));
        Stubs.server().verify(1, postRequestedFor(urlEqualTo("/sources/lookup")));
    }

    @Test
    void asOfIsPassedOnAndFiltersEvents() {
        given().queryParam("asOf", "2024-07-01").get("/timelines/" + slug + "/entries").then().statusCode(200)
                .body("asOf", equalTo("2024-07-01"))
                .body("entries.findAll { it.type == 'EVENT' }.title", contains("Pact signed", "Briefing"));
        Stubs.server().verify(postRequestedFor(urlEqualTo("/claims/query"))
                .withRequestBody(matchingJsonPath("$.asOf", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2024-07-01"))));
        given().queryParam("knownAt", "2000-01-01T00:00:00Z").get("/timelines/" + slug + "/entries").then()
                .body("entries.findAll { it.type == 'EVENT' }", org.hamcrest.Matchers.empty());
        given().queryParam("from", "2024-07").queryParam("to", "2024-07").get("/timelines/" + slug + "/entries").then()
                .body("entries.date", contains("2024", "2024-07-01", "2024-07"));
        given().queryParam("asOf", "2024-07/2024-08").get("/timelines/" + slug + "/entries").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void claimsDownGivesEventsOnlyMarkedDegraded() {
        Stubs.server().stubFor(post(urlEqualTo("/claims/query")).atPriority(1).willReturn(aResponse().withStatus(500)));
        given().get("/timelines/" + slug + "/entries").then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("warnings[0]", containsString("claims unavailable"))
                .body("entries.type", contains("EVENT", "EVENT", "EVENT"));
    }

    @Test
    void slowClaimsDoNotHang() {
        Stubs.server().stubFor(post(urlEqualTo("/claims/query")).atPriority(1)
                .willReturn(aResponse().withFixedDelay(10_000).withStatus(200)));
        long start = System.nanoTime();
        given().get("/timelines/" + slug + "/entries").then().statusCode(200).body("degraded", equalTo(true));
        org.hamcrest.MatcherAssert.assertThat((System.nanoTime() - start) / 1_000_000, org.hamcrest.Matchers.lessThan(6_000L));
    }

    @Test
    void sourcesDownGivesClaimsWithoutSourceNames() {
        Stubs.server().stubFor(post(urlEqualTo("/sources/lookup")).atPriority(1).willReturn(aResponse().withStatus(503)));
        given().get("/timelines/" + slug + "/entries").then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("warnings", hasItem(containsString("source names")))
                .body("entries[2].source.id", equalTo(Stubs.TV_CHOSUN.toString()))
                .body("entries[2].source.name", nullValue())
                .body("entries[2].title", equalTo("Engineers will go to Donetsk"));
    }

    @Test
    void callsFollowThePagesNotTheClaimsAndEachSourceIsAskedForOnce() {
        Stubs.stubStory(List.of(Stubs.many(1000, Stubs.SINGH)), 0, 2500);
        Stubs.stubStory(List.of(Stubs.many(1000, Stubs.TV_CHOSUN)), 1, 2500);
        Stubs.stubStory(List.of(Stubs.many(500, Stubs.SINGH)), 2, 2500);
        given().get("/timelines/" + slug + "/entries").then().statusCode(200)
                .body("total", equalTo(2503)).body("degraded", equalTo(false))
                .body("entries.findAll { it.type == 'CLAIM' }.source.name.unique()",
                        containsInAnyOrder("Sabrina Singh", "TV Chosun"));
        Stubs.server().verify(3, postRequestedFor(urlEqualTo("/claims/query")));
        Stubs.server().verify(1, postRequestedFor(urlEqualTo("/claims/query"))
                .withRequestBody(matchingJsonPath("$.after", com.github.tomakehurst.wiremock.client.WireMock.equalTo("cursor-2"))));
        Stubs.server().verify(2, postRequestedFor(urlEqualTo("/sources/lookup")));
    }

    @Test
    void theSourcesOfAllEventsAreAskedForInOneCall() {
        for (UUID source : List.of(Stubs.TV_CHOSUN, Stubs.SINGH)) {
            given().contentType(ContentType.JSON).body(Map.of("title", "Said by " + source, "occurred", "2024-07-02",
                    "sourceIds", List.of(source.toString()))).post("/timelines/" + slug + "/events").then().statusCode(201);
        }
        Stubs.server().resetRequests();
        given().get("/timelines/" + slug + "/entries").then().statusCode(200)
                .body("degraded", equalTo(false)).body("total", equalTo(8));
        // the events name both sources, so the page of claims (by the same two) asks for nothing more
        Stubs.server().verify(1, postRequestedFor(urlEqualTo("/sources/lookup")));
    }

    @Test
    void unknownTimelineIs404() {
        given().get("/timelines/nothing-here/entries").then().statusCode(404).contentType("application/problem+json");
    }
}
