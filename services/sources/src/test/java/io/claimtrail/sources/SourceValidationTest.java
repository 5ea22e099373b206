package io.claimtrail.sources;

import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@SourcesTest
class SourceValidationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"name\":\"A b\",\"kind\":\"BLOG\"}                                 | kind             | is not one of [OUTLET",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"reliability\":\"G\"}        | reliability      | 'G' is not one of [A, B, C, D, E, F]",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"reliability\":\"b\"}        | reliability      | 'b' is not one of",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"country\":\"USA\"}          | country          | not an ISO 3166-1 alpha-2 code",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"country\":\"XX\"}           | country          | not an ISO 3166-1 alpha-2 code",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"country\":\"us\"}           | country          | upper case",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"homepage\":\"ftp://x.org\"} | homepage         | http or https",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"homepage\":\"defense.gov\"} | homepage         | absolute",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"slug\":\"Bad Slug\"}        | slug             | must match [a-z0-9-]{2,64}",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"slug\":\"x\"}               | slug             | must match",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"slug\":\"lookup\"}          | slug             | reserved",
            "{\"name\":\"!!\",\"kind\":\"OUTLET\"}                                | slug             | cannot be derived",
            "{\"name\":\"\",\"kind\":\"OUTLET\"}                                  | name             | must not be blank",
            "{\"kind\":\"OUTLET\"}                                                | name             | must not be blank",
            "{\"name\":\"A b\"}                                                   | kind             | must not be null",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"aliases\":[\"\"]}           | aliases[0]       | must not be blank",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"aliases\":[\"DoD\",\"dod\"]} | aliases[1]       | repeats",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"aliases\":\"DoD\"}          | aliases          | expected an array",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"stateAffiliated\":\"yes\"}  | stateAffiliated  | true or false",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"colour\":\"red\"}           | colour           | unknown field",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"affiliations\":[{\"parentId\":\"nope\"}]} | affiliations[0].parentId | is not a UUID",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"affiliations\":[{\"role\":\"x\"}]}        | affiliations[0].parentId | must not be null",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"affiliations\":[{\"parentId\":\"6f1c1a52-0000-4000-8000-000000000000\",\"from\":\"2024-13\"}]} | affiliations[0].from | month 13 does not exist",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"affiliations\":[{\"parentId\":\"6f1c1a52-0000-4000-8000-000000000000\",\"to\":\"July 2024\"}]} | affiliations[0].to | expected YYYY",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"affiliations\":[{\"parentId\":\"6f1c1a52-0000-4000-8000-000000000000\",\"from\":\"2024\",\"to\":\"2023\"}]} | affiliations[0].to | ends before",
            "{\"name\":\"A b\",\"kind\":\"OUTLET\",\"affiliations\":[{\"parentId\":\"6f1c1a52-0000-4000-8000-000000000000\"}]} | affiliations[0].parentId | no source with id",
            "[1,2]                                                                 | body             | expected a JSON object",
            "{\"name\":                                                            | body             | malformed JSON",
    })
    void rejectsWithProblemNamingTheField(String body, String field, String message) {
        given().contentType(ContentType.JSON).body(body).post("/sources").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://claimtrail.local/problems/invalid-input"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("errors.field", hasItems(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"kind\":\"OUTLET\",\"aliases\":[\"\",\"ok\"],\"description\":\"" + "x".repeat(5001) + "\"}")
                .post("/sources").then().statusCode(400)
                .body("errors.field", hasItems("name", "aliases[0]", "description"))
                .body("detail", containsString("3 fields are invalid"));
    }

    @Test
    void emptyBodyAndWrongContentTypeAreRejected() {
        given().contentType(ContentType.JSON).post("/sources").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.TEXT).body("name=x").post("/sources").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void badListParametersAreNamed() {
        given().queryParam("size", "500").get("/sources").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"))
                .body("errors[0].message", containsString("between 1 and 200"));
        given().queryParam("page", "x").get("/sources").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("kind", "BLOG").get("/sources").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().queryParam("reliability", "Z").get("/sources").then().statusCode(400)
                .body("errors[0].field", equalTo("reliability"));
        given().queryParam("includeArchived", "maybe").get("/sources").then().statusCode(400)
                .body("errors[0].field", equalTo("includeArchived"));
        given().queryParam("q", "x".repeat(301)).get("/sources").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void oversizedBodiesAre413Problems() {
        given().contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(1_100_000) + "\",\"kind\":\"OUTLET\"}")
                .post("/sources").then().statusCode(413).contentType("application/problem+json")
                .body("maxBytes", equalTo(1048576));
    }

    @Test
    void impossibleSlugsAreNotLookedUp() {
        given().get("/sources/%00").then().statusCode(404).contentType("application/problem+json");
        given().get("/sources/" + "x".repeat(65)).then().statusCode(404);
    }

    @Test
    void unknownPathAndMethodAreProblems() {
        given().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/sources/x").then().statusCode(405)
                .contentType("application/problem+json");
        // PATCH takes merge patches only
        given().contentType(ContentType.JSON).body("{}").patch("/sources/x").then().statusCode(415)
                .contentType("application/problem+json");
    }
}
