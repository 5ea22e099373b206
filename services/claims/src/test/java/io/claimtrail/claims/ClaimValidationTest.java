package io.claimtrail.claims;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@ClaimsTest
class ClaimValidationTest {

    private static final String OK = "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024-07-01\",\"kind\":\"ASSERTION\"";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\" | text | must not be blank",
            "\"text\":\"t\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\"                                       | sourceId | must not be null",
            "\"text\":\"t\",\"sourceId\":\"x\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\"                    | sourceId | not a UUID",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"kind\":\"ASSERTION\"        | statedOn | must not be null",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"1 July\",\"kind\":\"ASSERTION\" | statedOn | expected YYYY",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024-02-30\",\"kind\":\"ASSERTION\" | statedOn | does not exist",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"RUMOUR\"    | kind | is not one of [ASSERTION, DENIAL, NO_EVIDENCE, FORECAST]",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"FORECAST\"  | resolvesBy | needs the date",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"DENIAL\",\"resolvesBy\":\"2025\" | resolvesBy | only a FORECAST",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"FORECAST\",\"resolvesBy\":\"2023\" | resolvesBy | before statedOn",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"credibility\":7 | credibility | less than or equal to 6",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"credibility\":0 | credibility | greater than or equal to 1",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"credibility\":99999999999 | credibility | out of range",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"topics\":[\"North Korea\"] | topics[0] | lower-case slug",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"topics\":[\"ukraine\",\"ukraine\"] | topics[1] | repeats",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"language\":\"english!\" | language | BCP 47",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"appearances\":[{\"url\":\"not a url\"}] | appearances[0].url | absolute http",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"appearances\":[{\"url\":\"https://a.org/x\"},{\"url\":\"https://a.org/x\"}] | appearances[1].url | already an appearance",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024-07\",\"kind\":\"ASSERTION\",\"appearances\":[{\"url\":\"https://a.org/x\",\"publishedOn\":\"2024-06\"}] | appearances[0].publishedOn | before statedOn",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"appearances\":[{\"url\":\"https://a.org/x\",\"retrievedAt\":\"yesterday\"}] | appearances[0].retrievedAt | ISO-8601",
            "\"text\":\"t\",\"sourceId\":\"00000000-0000-4000-8000-000000000002\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"status\":\"CONFIRMED\" | status | unknown field",
    })
    void rejectsWithProblemNamingTheField(String fields, String field, String message) {
        given().contentType(ContentType.JSON).body("{" + fields + "}").post("/claims").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
    }

    @Test
    void unknownSourceOrPublisherIs422NamingIt() {
        Map<String, Object> body = Claims.claim("t", java.util.UUID.fromString("6f1c1a52-0000-4000-8000-000000000000"),
                "2024", "ASSERTION");
        body.put("appearances", List.of(Map.of("url", "https://a.org/1", "publisherId", SourcesStub.KYIV_POST.toString()),
                Map.of("url", "https://a.org/2", "publisherId", "6f1c1a52-0000-4000-8000-00000000000f")));
        Claims.post(body).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("sourceId", "appearances[1].publisherId"))
                .body("errors.size()", equalTo(2));
    }

    @Test
    void listParametersAreChecked() {
        given().queryParam("status", "TRUE").get("/claims").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("asOf", "2024-07/2024-08").get("/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("knownAt", "2024-07-02").get("/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("knownAt"));
        given().queryParam("statedFrom", "soon").get("/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("statedFrom"));
        given().queryParam("sourceId", "pentagon").get("/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("sourceId"));
        given().queryParam("size", 0).get("/claims").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void emptyAndMalformedBodies() {
        given().contentType(ContentType.JSON).post("/claims").then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.JSON).body("{" + OK).post("/claims").then().statusCode(400)
                .body("errors[0].message", containsString("malformed JSON"));
    }
}
