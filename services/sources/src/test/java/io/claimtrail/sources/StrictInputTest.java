package io.claimtrail.sources;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The hardening beyond plain validation: text hygiene and JSON read as written, each refusal naming its field. */
@SourcesTest
class StrictInputTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"name\":\"A\\u0000B\"                                  | name                   | control character U+0000",
            "\"name\":\"A\\tB\"                                      | name                   | single line",
            "\"name\":\"\\u202Egnp.exe\"                             | name                   | bidirectional control U+202E",
            "\"name\":\"A\\uD800B\"                                  | name                   | lone UTF-16 surrogate U+D800",
            "\"name\":\"A\\uFFFD\"                                   | name                   | not UTF-8",
            "\"aliases\":[\"ok\",\"\\uDC00\"]                        | aliases[1]             | lone UTF-16 surrogate",
            "\"description\":\"\\u2066x\"                            | description            | bidirectional control",
            "\"homepage\":\"https://x.org/\\u0000\"                  | homepage               | control character",
            "\"affiliations\":[{\"parentId\":\"6f1c1a52-0000-4000-8000-000000000000\",\"role\":\"a\\u0000\"}] | affiliations[0].role | control character",
            "\"slug\":42                                             | slug                   | string",
            "\"stateAffiliated\":1                                   | stateAffiliated        | true or false",
            "\"stateAffiliated\":\"true\"                            | stateAffiliated        | true or false",
            "\"reliability\":0                                       | reliability            | one of",
            "\"reliability\":\"A\\u0000\"                            | reliability            | one of",
            "\"reliability\":\" A\"                                  | reliability            | one of",
            "\"affiliations\":[{\"parentId\":\" 6f1c1a52-0000-4000-8000-000000000000\"}] | affiliations[0].parentId | UUID",
    })
    void refusesNamingTheField(String member, String field, String message) {
        String name = member.startsWith("\"name\"") ? "" : "\"name\":\"Strict probe\",";
        given().contentType(ContentType.JSON).body("{" + name + "\"kind\":\"OUTLET\"," + member + "}")
                .post("/sources").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
    }

    @Test
    void aMemberGivenTwiceIsRefused() {
        given().contentType(ContentType.JSON).body("{\"name\":\"One\",\"name\":\"Two\",\"kind\":\"OUTLET\"}")
                .post("/sources").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void queryTextIsCheckedLikeBodyText() {
        given().queryParam("q", "a\u202Eb").get("/sources").then().statusCode(400)
                .body("errors[0].field", equalTo("q")).body("errors[0].message", containsString("bidirectional"));
        given().urlEncodingEnabled(false).get("/sources?q=a%00b").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().urlEncodingEnabled(false).get("/sources/resolve?name=a%00b").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        given().queryParam("country", "USA").get("/sources").then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Strict reason"), "OUTLET"));
        given().urlEncodingEnabled(false).delete("/sources/" + id + "?reason=a%00b").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().queryParam("reason", "r".repeat(1001)).delete("/sources/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().get("/sources/" + id).then().body("archived", equalTo(false));
    }

    @Test
    void ordinaryTextInAnyScriptIsAccepted() {
        Map<String, Object> body = Fixtures.source(Fixtures.unique("قناة الجزيرة 🛰"), "OUTLET");
        body.put("aliases", java.util.List.of("Al Jazeera", "אל-ג'זירה"));
        body.put("description", "Two lines:\nfirst\tand second.");
        Fixtures.post(body).statusCode(201).body("aliases[1]", equalTo("אל-ג'זירה"));
    }
}
