package io.claimtrail.claims;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.claimtrail.claims.SourcesStub.KIRBY;
import static io.claimtrail.claims.SourcesStub.KYIV_POST;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A claim carries what its evidence suggests until an editor accepts it; statuses never change by themselves. */
@ClaimsTest
class SuggestionTest {

    private static void relate(String from, String type, String target) {
        given().contentType(ContentType.JSON).body(Map.of("type", type, "targetId", target))
                .post("/claims/" + from + "/relations").then().statusCode(201);
    }

    @Test
    void aRelationMakesASuggestionThatAnEditorAcceptsWithOneTransition() throws InterruptedException {
        String topic = Claims.uniqueTopic();
        String claim = Claims.create("The bridge was destroyed", TV_CHOSUN, "2024-06-01", "ASSERTION", List.of(topic));
        String quiet = Claims.create("The ferry runs", TV_CHOSUN, "2024-06-01", "ASSERTION", List.of(topic));
        Instant before = Instant.now();
        Thread.sleep(5);
        String support = Claims.create("The bridge is down", KYIV_POST, "2024-06-05", "ASSERTION", List.of(topic));
        relate(support, "SUPPORTS", claim);

        String suggestionId = given().get("/claims/" + claim).then().statusCode(200)
                .body("status", equalTo("UNVERIFIED"))
                .body("suggestion.status", equalTo("CORROBORATED"))
                .body("suggestion.credibility", equalTo(2))
                .body("suggestion.statusRule", equalTo("CORROBORATED"))
                .body("suggestion.credibilityRule", equalTo("ONE_LINE_FOR"))
                .extract().path("suggestion.id");
        given().queryParam("topic", topic).queryParam("hasSuggestion", "true").get("/claims").then()
                .body("items.id", contains(claim)).body("items[0].suggestion.id", equalTo(suggestionId));
        given().queryParam("topic", topic).queryParam("hasSuggestion", "false").get("/claims").then()
                .body("items.id", contains(quiet, support));
        // As recorded before the relation, there was nothing to suggest; a past day shows none (see the assessment).
        given().queryParam("knownAt", before.toString()).get("/claims/" + claim).then()
                .body("suggestion", nullValue());
        given().queryParam("asOf", "2024-06-10").get("/claims/" + claim).then().body("suggestion", nullValue());

        // Accepting: the suggested move only, and only the suggestion in force.
        Map<String, Object> accept = new HashMap<>(Map.of("to", "CORROBORATED", "credibility", 3, "reason",
                "Kyiv Post reports it independently", "effectiveOn", "2024-06-05", "suggestionId", suggestionId));
        Claims.transition(claim, accept).statusCode(409).body("suggestedCredibility", equalTo(2));
        accept.put("credibility", 2);
        accept.put("suggestionId", "6f1c1a52-0000-4000-8000-000000000000");
        Claims.transition(claim, accept).statusCode(409).body("detail", containsString("read the claim again"))
                .body("suggestionId", equalTo(suggestionId));
        accept.put("suggestionId", suggestionId);
        Claims.transition(claim, accept).statusCode(200).body("status", equalTo("CORROBORATED"));
        given().get("/claims/" + claim + "/history").then().body("[-1].suggestionId", equalTo(suggestionId));
        given().get("/claims/" + claim).then().body("suggestion", nullValue());
        given().queryParam("topic", topic).queryParam("hasSuggestion", "true").get("/claims").then()
                .body("items", empty());

        // A second independent line suggests credibility 1; the earlier suggestion can no longer be accepted.
        String imagery = Claims.create("Imagery shows it", KIRBY, "2024-06-07", "ASSERTION", List.of(topic));
        relate(imagery, "SUPPORTS", claim);
        given().get("/claims/" + claim).then().body("suggestion.credibility", equalTo(1))
                .body("suggestion.credibilityRule", equalTo("TWO_INDEPENDENT_LINES_FOR"));
        Claims.transition(claim, accept).statusCode(409);
    }

    @Test
    void aTransitionOfTheEvidenceChangesTheSuggestionOfWhatItSupports() {
        String claim = Claims.create(Claims.claim("The dam holds", TV_CHOSUN, "2024-06-01", "ASSERTION"));
        String support = Claims.create(Claims.claim("The dam holds, says the operator", KYIV_POST, "2024-06-02", "ASSERTION"));
        relate(support, "SUPPORTS", claim);
        given().get("/claims/" + claim).then().body("suggestion.status", equalTo("CORROBORATED"));
        Claims.transition(support, "REFUTED", 5, "2024-06-03").statusCode(200);
        given().get("/claims/" + claim).then().body("suggestion", nullValue());
    }

    @Test
    void aCitationThatJoinsTwoLinesChangesTheSuggestionOfWhatTheySupport() {
        String claim = Claims.create(Claims.claim("The port is closed", TV_CHOSUN, "2024-06-01", "ASSERTION"));
        String wire = Claims.create(Claims.claim("The port is closed, says a harbour official", KYIV_POST, "2024-06-02",
                "ASSERTION"));
        String echo = Claims.create(Claims.claim("Officials say the port is closed", KIRBY, "2024-06-03", "ASSERTION"));
        relate(wire, "SUPPORTS", claim);
        relate(echo, "SUPPORTS", claim);
        given().get("/claims/" + claim).then().body("suggestion.credibility", equalTo(1))
                .body("suggestion.credibilityRule", equalTo("TWO_INDEPENDENT_LINES_FOR"));
        // The second report turns out to repeat the first: one line, so "probably true", no longer "confirmed".
        relate(echo, "CITES", wire);
        given().get("/claims/" + claim).then().body("suggestion.credibility", equalTo(2))
                .body("suggestion.credibilityRule", equalTo("ONE_LINE_FOR"));
    }

    @Test
    void badFiltersAreProblemsNamingTheField() {
        given().queryParam("hasSuggestion", "yes").get("/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("hasSuggestion"));
        given().queryParam("hasSuggestion", "true").queryParam("asOf", "2024-07-01").get("/claims").then()
                .statusCode(400).body("errors[0].field", equalTo("hasSuggestion"));
    }
}
