package io.claimtrail.claims;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@ClaimsTest
class OperationsTest {

    @Test
    void openApiHealthAndMetrics() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Claimtrail claims API"))
                .body("paths", hasKey("/claims/{id}/transitions"))
                .body("paths", hasKey("/claims/{id}/claimreview"))
                .body("paths", hasKey("/claims/track-records/{sourceId}"))
                .body("paths.'/claims/{id}/transitions'.post.requestBody.content.'application/json'.examples", hasKey("disputed"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(not(containsString("sources service")));
        given().get("/q/health/group/dependencies").then().statusCode(200).body("checks[0].status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }

    /** A health check has no caller: it asks sources' open readiness endpoint, without a token. */
    @Test
    void sourcesHealthAsksTheOpenReadinessEndpointWithoutAToken() {
        SourcesStub.answerNormally();
        given().get("/q/health/group/dependencies").then().statusCode(200)
                .body("checks[0].name", equalTo("sources service")).body("checks[0].status", equalTo("UP"));
        SourcesStub.server().verify(1, getRequestedFor(urlEqualTo("/q/health/ready")).withoutHeader("Authorization"));
        SourcesStub.server().verify(1, anyRequestedFor(anyUrl()));
    }
}
