package io.claimtrail.claims;

import io.claimtrail.testing.TestTokens;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * Calls to the sources service carry the caller's own token, and a token refused there (the services disagree about
 * keys or roles) is a 502 naming the sources service: not retried, not an outage for the circuit breaker.
 */
@ClaimsTest
class TokenPropagationTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    private String topic;

    @BeforeEach
    void fresh() {
        SourcesStub.answerNormally();
        breakers.resetAll();
        topic = Claims.uniqueTopic();
    }

    @AfterEach
    void sourcesBack() {
        SourcesStub.answerNormally();
        breakers.resetAll();
    }

    private io.restassured.response.ValidatableResponse create(String authorization) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON)
                .body(Map.of("text", "t", "sourceId", PENTAGON.toString(), "statedOn", "2024-07-01",
                        "kind", "ASSERTION", "topics", List.of(topic)))
                .post("/claims").then();
    }

    @Test
    void creationForwardsExactlyTheCallersAuthorization() {
        String ann = TestTokens.bearer(TestTokens.valid(Role.ANALYST, "ann@newsroom.example"));
        String id = create(ann).statusCode(201).extract().path("id");
        SourcesStub.server().verify(1, postRequestedFor(urlEqualTo("/sources/lookup"))
                .withHeader("Authorization", equalTo(ann)));

        String viewer = TestTokens.bearer(TestTokens.valid(Role.VIEWER, "vic@newsroom.example"));
        SourcesStub.server().resetRequests();
        given().header("Authorization", viewer).get("/claims/" + id + "/claimreview").then().statusCode(200);
        SourcesStub.server().verify(1, postRequestedFor(urlEqualTo("/sources/lookup"))
                .withHeader("Authorization", equalTo(viewer)));
    }

    @ParameterizedTest
    @ValueSource(ints = { 401, 403 })
    void aRefusedTokenIsA502NamingSourcesWithoutRetries(int status) {
        SourcesStub.server().resetAll();
        SourcesStub.server().stubFor(post(urlEqualTo("/sources/lookup")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": " + status + "}")));
        create(TestTokens.bearer(TestTokens.valid(Role.ANALYST))).statusCode(502)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(502))
                .body("detail", containsString("sources service refused"))
                .body("upstreamStatus", org.hamcrest.Matchers.equalTo(status));
        SourcesStub.server().verify(1, postRequestedFor(urlEqualTo("/sources/lookup")));
        given().queryParam("topic", topic).get("/claims").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void refusalsDoNotOpenTheCircuitBreaker() {
        SourcesStub.server().resetAll();
        SourcesStub.server().stubFor(post(urlEqualTo("/sources/lookup")).willReturn(aResponse().withStatus(401)));
        String token = TestTokens.bearer(TestTokens.valid(Role.ANALYST));
        for (int i = 0; i < 12; i++) {
            create(token).statusCode(502);
        }
        SourcesStub.server().verify(12, postRequestedFor(urlEqualTo("/sources/lookup")));
        SourcesStub.answerNormally();
        create(token).statusCode(201);
    }
}
