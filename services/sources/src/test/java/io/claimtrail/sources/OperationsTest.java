package io.claimtrail.sources;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@SourcesTest
class OperationsTest {

    @Test
    void openApiDescribesTheEndpointsWithExamples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Claimtrail sources API"))
                .body("paths", hasKey("/sources"))
                .body("paths", hasKey("/sources/{idOrSlug}"))
                .body("paths", hasKey("/sources/resolve"))
                .body("paths", hasKey("/sources/lookup"))
                .body("paths", hasKey("/sources/{idOrSlug}/members"))
                .body("paths.'/sources'.post.requestBody.content.'application/json'.examples", hasKey("institution"))
                .body("components.schemas", hasKey("Problem"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void healthAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Reactive PostgreSQL connections health check"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/sources").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }
}
