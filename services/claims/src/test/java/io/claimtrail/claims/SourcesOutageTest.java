package io.claimtrail.claims;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER;
import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/** The sources service slow, failing, gone: claims answers 503 with Retry-After and stores nothing. */
@ClaimsTest
class SourcesOutageTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    private String topic;

    @BeforeEach
    void freshBreaker() {
        breakers.resetAll();
        topic = Claims.uniqueTopic();
    }

    @AfterEach
    void sourcesBack() {
        SourcesStub.answerNormally();
        breakers.resetAll();
    }

    private static WireMockServer sources() {
        return SourcesStub.server();
    }

    private void assertNothingStored() {
        given().queryParam("topic", topic).get("/claims").then().statusCode(200).body("total", equalTo(0));
    }

    private io.restassured.response.ValidatableResponse create() {
        return Claims.post(Map.of("text", "t", "sourceId", PENTAGON.toString(), "statedOn", "2024-07-01",
                "kind", "ASSERTION", "topics", List.of(topic)));
    }

    @Test
    void failingSourcesGive503AfterRetries() {
        sources().resetAll();
        sources().stubFor(post(urlEqualTo("/sources/lookup")).willReturn(aResponse().withStatus(500)));
        create().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("sources service is unavailable"));
        sources().verify(3, postRequestedFor(urlEqualTo("/sources/lookup")));
        assertNothingStored();
    }

    @Test
    void slowSourcesTimeOut() {
        sources().resetAll();
        sources().stubFor(post(urlEqualTo("/sources/lookup")).willReturn(aResponse().withFixedDelay(5000)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[],\"missing\":[]}")));
        long start = System.nanoTime();
        create().statusCode(503).header("Retry-After", "5");
        long millis = (System.nanoTime() - start) / 1_000_000;
        org.hamcrest.MatcherAssert.assertThat("three attempts of at most 800 ms each", millis, lessThan(4500L));
        assertNothingStored();
    }

    @Test
    void droppedConnectionsGive503() {
        sources().resetAll();
        sources().stubFor(post(urlEqualTo("/sources/lookup")).willReturn(aResponse().withFault(CONNECTION_RESET_BY_PEER)));
        create().statusCode(503);
        assertNothingStored();
    }

    @Test
    void breakerOpensAndStopsCallingThenRecovers() {
        sources().resetAll();
        sources().stubFor(post(urlEqualTo("/sources/lookup")).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 3; i++) {
            create().statusCode(503);
        }
        int callsSoFar = sources().getAllServeEvents().size();
        create().statusCode(503).body("detail", containsString("circuit breaker open"));
        org.hamcrest.MatcherAssert.assertThat("an open breaker makes no call",
                sources().getAllServeEvents().size(), equalTo(callsSoFar));
        assertNothingStored();

        SourcesStub.answerNormally();
        breakers.resetAll();
        create().statusCode(201);
    }

    @Test
    void readsWorkWhileSourcesIsDown() {
        String id = create().statusCode(201).extract().path("id");
        sources().resetAll();
        sources().stubFor(post(urlEqualTo("/sources/lookup")).willReturn(aResponse().withStatus(503)));
        sources().stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("{\"status\": \"DOWN\", \"checks\": []}")));
        given().get("/claims/" + id).then().statusCode(200);
        given().get("/claims/" + id + "/history").then().statusCode(200);
        given().queryParam("topic", topic).get("/claims").then().statusCode(200).body("total", equalTo(1));
        given().get("/claims/" + id + "/claimreview").then().statusCode(503).header("Retry-After", "5");
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/group/dependencies").then().statusCode(503)
                .body("checks[0].name", equalTo("sources service")).body("checks[0].status", equalTo("DOWN"));
    }

    @Test
    void assessmentsAndRollUpsSay503WhenTheSourcesFactsFail() {
        String id = create().statusCode(201).extract().path("id");
        sources().stubFor(post(urlEqualTo("/sources/lookup/facts")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        given().get("/claims/" + id + "/assessment").then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json")
                .body("detail", containsString("sources service is unavailable"));
        sources().verify(3, postRequestedFor(urlEqualTo("/sources/lookup/facts")));
        given().queryParam("sourceId", PENTAGON.toString()).queryParam("includeMembers", true).get("/claims").then()
                .statusCode(503).contentType("application/problem+json");
        given().get("/claims/" + id).then().statusCode(200);
    }

    @Test
    void updateAlsoChecksSourcesAndLeavesTheClaimAlone() {
        String id = create().statusCode(201).extract().path("id");
        sources().resetAll();
        sources().stubFor(post(urlEqualTo("/sources/lookup")).willReturn(aResponse().withStatus(500)));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("text", "changed", "sourceId", PENTAGON.toString(), "statedOn", "2024-07-01", "kind", "ASSERTION"))
                .put("/claims/" + id).then().statusCode(503);
        given().get("/claims/" + id).then().body("text", equalTo("t")).body("version", equalTo(0));
    }
}
