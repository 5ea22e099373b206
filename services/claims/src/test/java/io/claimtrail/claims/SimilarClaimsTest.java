package io.claimtrail.claims;

import io.claimtrail.tokens.Role;
import io.claimtrail.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimtrail.claims.SourcesStub.KIRBY;
import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.SINGH;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

/**
 * Claim matching over HTTP (issue #13): POST /claims/similar, GET /claims/{id}/similar and the possibleDuplicates of
 * POST /claims. Each test dates its claims in a year of its own, far from the other tests', so that the window holds
 * only its claims.
 */
@ClaimsTest
class SimilarClaimsTest {

    private static final String SUBSIDIES = "The ministry will cut fuel subsidies by half from April.";

    private static Map<String, Object> item(String text, UUID sourceId, String statedOn) {
        Map<String, Object> item = new HashMap<>();
        item.put("text", text);
        if (sourceId != null) {
            item.put("sourceId", sourceId.toString());
        }
        if (statedOn != null) {
            item.put("statedOn", statedOn);
        }
        return item;
    }

    private static ValidatableResponse similar(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/claims/similar").then();
    }

    private static ValidatableResponse similar(Map<String, Object> item, Integer windowDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("items", List.of(item));
        if (windowDays != null) {
            body.put("windowDays", windowDays);
        }
        return similar(body).statusCode(200);
    }

    private static String claim(String text, UUID source, String statedOn) {
        return Claims.create(Claims.claim(text, source, statedOn, "ASSERTION"));
    }

    @Test
    void aParaphraseOfTheSameSpeakerIsTheTopDuplicateForAViewer() {
        String subsidies = claim(SUBSIDIES, SINGH, "1961-03-01");
        String bread = claim("The ministry will raise bread prices in May.", SINGH, "1961-03-02");
        Map<String, Object> body = new HashMap<>();
        body.put("items", List.of(item("Fuel subsidies will be cut by half from April, the ministry said.", SINGH,
                "1961-03-03"), item("Bread prices will go up in May, said the ministry.", SINGH, "1961-03-04")));
        given().header("Authorization", TestTokens.bearer(TestTokens.valid(Role.VIEWER)))
                .contentType(ContentType.JSON).body(body).post("/claims/similar").then().statusCode(200)
                .body("items.index", contains(0, 1))
                .body("items[0].matches[0].claimId", equalTo(subsidies))
                .body("items[0].matches[0].duplicate", equalTo(true))
                .body("items[0].matches[0].oppositePolarity", equalTo(false))
                .body("items[0].matches[0].sourceId", equalTo(SINGH.toString()))
                .body("items[0].matches[0].statedOn", equalTo("1961-03-01"))
                .body("items[0].matches[0].text", equalTo(SUBSIDIES))
                .body("items[0].matches.score", everyItem(lessThanOrEqualTo(1.0f)))
                .body("items[0].matches[0].score", greaterThanOrEqualTo(0.5f))
                .body("items[1].matches[0].claimId", equalTo(bread));
    }

    @Test
    void oppositePolarityIsReportedButNeverADuplicate() {
        String subsidies = claim(SUBSIDIES, SINGH, "1962-03-01");
        similar(item("The ministry will not cut fuel subsidies by half from April.", SINGH, "1962-03-02"), null)
                .body("items[0].matches[0].claimId", equalTo(subsidies))
                .body("items[0].matches[0].similarity", greaterThanOrEqualTo(0.8f))
                .body("items[0].matches[0].oppositePolarity", equalTo(true))
                .body("items[0].matches[0].duplicate", equalTo(false));
    }

    @Test
    void theInstitutionsClaimsCountWhileTheSpeakerSpokeForIt() {
        String pentagon = claim("There is no evidence of troops being sent to the eastern front.", PENTAGON,
                "1963-05-10");
        String later = claim("There is no evidence of tanks being sent to the eastern front.", PENTAGON,
                "2031-05-10");
        String text = "There is no evidence that troops were sent to the eastern front.";
        // Singh spoke for the Pentagon in 1963 only; Kirby never did
        SourcesStub.server().stubFor(post(urlEqualTo("/sources/lookup")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"items": [{"id": "%s", "slug": "sabrina-singh", "name": "Sabrina Singh", "kind": "PERSON",
                          "reliability": "F", "archived": false,
                          "affiliations": [{"parentId": "%s", "role": "spokesperson", "from": "1963", "to": "1963"}]},
                         {"id": "%s", "slug": "john-kirby", "name": "John Kirby", "kind": "PERSON", "reliability": "F",
                          "archived": false}],
                         "missing": [], "related": [{"id": "%s", "slug": "us-dod", "name": "U.S. Department of Defense",
                          "kind": "INSTITUTION", "reliability": "B", "archived": false}]}""".formatted(SINGH, PENTAGON,
                        KIRBY, PENTAGON))));
        try {
            similar(item(text, SINGH, "1963-05-11"), null)
                    .body("items[0].matches[0].claimId", equalTo(pentagon))
                    .body("items[0].matches[0].duplicate", equalTo(true));
            similar(item(text, KIRBY, "1963-05-11"), null).body("items[0].matches.claimId", not(hasItem(pentagon)));
            similar(item("There is no evidence that tanks were sent to the eastern front.", SINGH, "2031-05-11"), null)
                    .body("items[0].matches.claimId", not(hasItem(later)));
            SourcesStub.server().verify(postRequestedFor(urlEqualTo("/sources/lookup"))
                    .withRequestBody(matchingJsonPath("$.ancestors",
                            com.github.tomakehurst.wiremock.client.WireMock.equalTo("true"))));
        } finally {
            SourcesStub.answerNormally();
        }
        // the institution itself sees its own claim, of course
        similar(item(text, PENTAGON, "1963-05-11"), null).body("items[0].matches[0].claimId", equalTo(pentagon));
    }

    @Test
    void theWindowIsDaysAroundStatedOnAndWithoutASpeakerEverySourceCounts() {
        String report = claim("Engineering troops will be sent to the occupied city in the summer.", TV_CHOSUN,
                "1964-06-15");
        String text = "Engineering troops are to be sent to the occupied city this summer.";
        similar(item(text, TV_CHOSUN, "1964-06-20"), 0).body("items[0].matches", empty());
        similar(item(text, TV_CHOSUN, "1964-06-20"), 5).body("items[0].matches[0].claimId", equalTo(report));
        similar(item(text, TV_CHOSUN, "1964-07-25"), null).body("items[0].matches.claimId", not(hasItem(report)));
        similar(item(text, TV_CHOSUN, "../1964-07-02"), 0).body("items[0].matches[0].claimId", equalTo(report));
        similar(item(text, null, "1964-06-20"), null).body("items[0].matches[0].claimId", equalTo(report))
                .body("items[0].matches[0].sourceId", equalTo(TV_CHOSUN.toString()));
        similar(item(text, null, null), null).body("items[0].matches.claimId", hasItem(report));
    }

    @Test
    void asOfAndKnownAtMatchAgainstTheRecordAsItStoodThen() {
        Instant before = Instant.now();
        String claim = claim("The harbour bridge will reopen to traffic in October.", KIRBY, "1965-09-20");
        Map<String, Object> body = new HashMap<>();
        body.put("items", List.of(item("The harbour bridge reopens to traffic in October.", KIRBY, "1965-09-21")));
        similar(body).statusCode(200).body("items[0].matches[0].claimId", equalTo(claim));
        body.put("asOf", "1965-09-19");
        similar(body).statusCode(200).body("items[0].matches", empty());
        body.put("asOf", "1965-09-20");
        similar(body).statusCode(200).body("items[0].matches[0].claimId", equalTo(claim));
        body.remove("asOf");
        body.put("knownAt", before.toString());
        similar(body).statusCode(200).body("items[0].matches", empty());
        body.put("knownAt", Instant.now().toString());
        similar(body).statusCode(200).body("items[0].matches[0].claimId", equalTo(claim));
    }

    @Test
    void aStoredClaimsMatchesLeaveItOut() {
        String first = claim("The airport will close its second runway for repairs in March.", KIRBY, "1966-02-01");
        String second = claim("The second runway of the airport closes for repairs in March.", KIRBY, "1966-02-03");
        given().queryParam("limit", 3).get("/claims/" + first + "/similar").then().statusCode(200)
                .body("claimId", contains(second))
                .body("[0].duplicate", equalTo(true));
        given().queryParam("windowDays", 1).get("/claims/" + first + "/similar").then().statusCode(200)
                .body("", empty());
        given().queryParam("asOf", "1966-02-02").get("/claims/" + first + "/similar").then().statusCode(200)
                .body("", empty());
        given().queryParam("asOf", "1966-01-31").get("/claims/" + first + "/similar").then().statusCode(404);
        given().get("/claims/" + UUID.randomUUID() + "/similar").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aNewClaimAnswersItsPossibleDuplicates() {
        String first = claim("The refinery will stop exports of diesel from next week.", PENTAGON, "1967-04-01");
        Claims.post(Claims.claim("Diesel exports from the refinery stop from next week.", PENTAGON, "1967-04-02",
                        "ASSERTION")).statusCode(201)
                .body("status", equalTo("UNVERIFIED"))
                .body("possibleDuplicates.claimId", contains(first))
                .body("possibleDuplicates[0].duplicate", equalTo(true));
        // the speaker's institution on the day counts too; opposite polarity is shown, not called a duplicate
        Claims.post(Claims.claim("The refinery will not stop exports of diesel from next week.", SINGH, "1967-04-03",
                        "DENIAL")).statusCode(201)
                .body("possibleDuplicates.claimId", hasItem(first))
                .body("possibleDuplicates.find { it.claimId == '" + first + "' }.oppositePolarity", equalTo(true))
                .body("possibleDuplicates.duplicate", everyItem(equalTo(false)));
        Claims.post(Claims.claim("Grain harvests doubled in the north.", PENTAGON, "1967-04-02", "ASSERTION"))
                .statusCode(201).body("possibleDuplicates", empty());
        // only the answer to the write carries them
        given().get("/claims/" + first).then().statusCode(200).body("$", not(org.hamcrest.Matchers.hasKey(
                "possibleDuplicates")));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Map<String, Object> body = new HashMap<>();
        body.put("items", List.of(item("a", null, null), item("b", null, null), item("c", null, null),
                item(" ", null, null)));
        similar(body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("items[3].text"));
        body.put("items", List.of(item("t".repeat(10_001), null, null)));
        body.put("windowDays", 3651);
        body.put("limit", 21);
        similar(body).statusCode(400).body("errors.field", hasItems("items[0].text", "windowDays", "limit"));
        body.clear();
        body.put("items", java.util.stream.IntStream.range(0, 101).mapToObj(i -> item("t", null, null)).toList());
        similar(body).statusCode(400).body("errors.field", hasItems("items"));
        given().contentType(ContentType.JSON).body("{\"items\": [{\"text\": \"t\", \"statedOn\": \"2024-13\"}]}")
                .post("/claims/similar").then().statusCode(400).body("errors.field", hasItems("items[0].statedOn"));
        given().queryParam("windowDays", "month").get("/claims/" + UUID.randomUUID() + "/similar").then()
                .statusCode(400).body("errors.field", hasItems("windowDays"))
                .body("errors[0].message", containsString("whole number"));
    }

    @Test
    void theOpenApiDescribesBothEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/claims/similar'.post.operationId", equalTo("findSimilarClaims"))
                .body("paths.'/claims/similar'.post.description", containsString("viewer role"))
                .body("paths.'/claims/{id}/similar'.get.operationId", equalTo("findClaimsLikeClaim"))
                .body("components.schemas.ClaimMatch.properties", org.hamcrest.Matchers.hasKey("oppositePolarity"))
                .body("components.schemas.Claim.properties", org.hamcrest.Matchers.hasKey("possibleDuplicates"));
    }
}
