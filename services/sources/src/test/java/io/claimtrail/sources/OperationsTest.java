package io.claimtrail.sources;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

@SourcesTest
class OperationsTest {

    @Test
    void openApiDescribesTheEndpointsWithExamples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Claimtrail sources API"))
                .body("paths", hasKey("/sources"))
                .body("paths", hasKey("/sources/{source}"))
                .body("paths", hasKey("/sources/resolve"))
                .body("paths", hasKey("/sources/lookup"))
                .body("paths", hasKey("/sources/{source}/members"))
                .body("paths.'/sources'.post.requestBody.content.'application/json'.examples", hasKey("institution"))
                .body("components.schemas", hasKey("Problem"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    /** A client can read every limit in the document: each string it may send has a maximum length or a set of values. */
    @Test
    @SuppressWarnings("unchecked")
    void everyStringTheClientSendsHasADocumentedMaximum() {
        var openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("openapi", startsWith("3.1")).extract().jsonPath();
        List<String> undocumented = new ArrayList<>();
        Map<String, Map<String, Object>> schemas = openApi.getMap("components.schemas");
        for (String input : List.of("SourceInput", "AffiliationInput", "LookupRequest")) {
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schemas.get(input)
                    .get("properties");
            properties.forEach((name, schema) -> {
                Map<String, Object> items = (Map<String, Object>) schema.get("items");
                if (!bounded(schema, schemas) || (items != null && !bounded(items, schemas))) {
                    undocumented.add(input + "." + name + " " + schema);
                }
            });
        }
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.get("parameters");
            for (Map<String, Object> parameter : parameters == null ? List.<Map<String, Object>>of() : parameters) {
                if ("query".equals(parameter.get("in"))
                        && !bounded((Map<String, Object>) parameter.get("schema"), schemas)) {
                    undocumented.add(method + " " + path + " ?" + parameter.get("name") + " " + parameter);
                }
            }
        }));
        assertThat(undocumented, empty());
    }

    /** A string with a maximum length, an enum or a UUID, or no string at all. */
    @SuppressWarnings("unchecked")
    private static boolean bounded(Map<String, Object> schema, Map<String, Map<String, Object>> schemas) {
        if (schema.containsKey("maxLength") || schema.containsKey("enum") || "uuid".equals(schema.get("format"))) {
            return true;
        }
        if (schema.containsKey("$ref")) {
            // OpenAPI 3.1: members beside $ref, such as a maxLength, add to the referenced schema.
            String ref = (String) schema.get("$ref");
            return bounded(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
        }
        return !"string".equals(schema.get("type"));
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
