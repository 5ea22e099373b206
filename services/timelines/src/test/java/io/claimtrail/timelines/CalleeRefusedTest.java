package io.claimtrail.timelines;

import io.claimtrail.testing.TestDatabase;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * When another service refuses the token passed on (its keys, issuer, audience or roles differ from this service's),
 * reads degrade with a warning naming the service and writes answer a 502 problem naming it; never a 500.
 */
@TimelinesTest
class CalleeRefusedTest {

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Unauthorized","status":401,"detail":"This request needs a bearer token"}""";

    private final TestDatabase database = TestDatabase.withVersionsOf("timeline", "event");

    private String slug;

    @BeforeEach
    void story() {
        Stubs.reset();
        slug = Timelines.uniqueSlug();
        Timelines.create(Timelines.timeline(slug, "Refused", List.of("north-korea")));
        Timelines.event(slug, "Pact signed", "2024-06-19");
    }

    private static StubMapping refuse(String url, int status) {
        return Stubs.server().stubFor(post(urlEqualTo(url)).atPriority(1).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody(PROBLEM)));
    }

    @Test
    void claimsRefusingGivesEventsOnlyWithAWarningAndIsNeitherRetriedNorCountedAsAnOutage() {
        StubMapping refusal = refuse("/claims/query", 401);
        for (int i = 0; i < 10; i++) {
            given().get("/timelines/" + slug + "/entries").then().statusCode(200)
                    .body("degraded", equalTo(true))
                    .body("warnings[0]", containsString("claims refused the caller's token"))
                    .body("warnings[0]", containsString("HTTP 401"))
                    .body("entries.type", equalTo(List.of("EVENT")));
        }
        Stubs.server().verify(exactly(10), postRequestedFor(urlEqualTo("/claims/query")));
        Stubs.server().removeStub(refusal);
        given().get("/timelines/" + slug + "/entries").then().statusCode(200).body("degraded", equalTo(false));
    }

    @Test
    void sourcesRefusingGivesEntriesWithoutSourceNames() {
        Stubs.stubStory(List.of(Stubs.claim(UUID.randomUUID(), Stubs.SINGH, "No evidence", "2024-07", "UNVERIFIED", 6,
                null, null)), 0, 1);
        refuse("/sources/lookup", 403);
        given().get("/timelines/" + slug + "/summary").then().statusCode(200).body("degraded", equalTo(true));
        given().get("/timelines/" + slug + "/entries").then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("warnings", hasItem(containsString("sources refused the caller's token")))
                .body("entries.find { it.type == 'CLAIM' }.source.name", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void writesAnswerA502NamingTheServiceAndStoreNothing() {
        Map<String, Long> before = database.footprint();
        refuse("/claims/lookup", 401);
        Map<String, Object> pinned = Timelines.timeline(Timelines.uniqueSlug(), "Pinned", List.of());
        pinned.put("pinnedClaimIds", List.of(UUID.randomUUID().toString()));
        given().contentType(ContentType.JSON).body(pinned).post("/timelines").then().statusCode(502)
                .contentType("application/problem+json")
                .body("upstream", equalTo("claims")).body("upstreamStatus", equalTo(401))
                .body("detail", containsString("claims service refused"));
        Stubs.server().verify(exactly(1), postRequestedFor(urlEqualTo("/claims/lookup")));

        refuse("/sources/lookup", 403);
        given().contentType(ContentType.JSON).body(Map.of("title", "x", "occurred", "2024",
                        "sourceIds", List.of(Stubs.SINGH.toString())))
                .post("/timelines/" + slug + "/events").then().statusCode(502)
                .body("upstream", equalTo("sources")).body("upstreamStatus", equalTo(403));
        assertThat(database.footprint(), equalTo(before));
    }

    @Test
    void anImportAnswersA502NamingTheService() {
        Stubs.server().stubFor(get(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json").withBody(PROBLEM)));
        String bundle = """
                {"format": "claimtrail-bundle/1",
                 "sources": [{"ref": "tv", "slug": "tv-chosun", "name": "TV Chosun", "kind": "OUTLET"}],
                 "claims": [], "timeline": {"slug": "%s", "title": "Refused import"}}""".formatted(Timelines.uniqueSlug());
        given().contentType(ContentType.JSON).body(bundle).post("/timelines/import").then().statusCode(502)
                .contentType("application/problem+json")
                .body("upstream", equalTo("sources"))
                .body("detail", containsString("sources service refused"));
    }
}
