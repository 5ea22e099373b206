package io.claimtrail.claims;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.SINGH;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@ClaimsTest
class TransitionTest {

    /** Brings a fresh claim to {@code status} through allowed moves. */
    private static String claimIn(String status) {
        String id = Claims.create(Claims.claim("claim in " + status, TV_CHOSUN, "2024-06-01", "ASSERTION"));
        switch (status) {
            case "UNVERIFIED" -> { }
            case "CONFIRMED", "REFUTED", "CORROBORATED", "DISPUTED", "RETRACTED" ->
                    Claims.transition(id, status, null, "2024-06-02").statusCode(200);
            default -> throw new IllegalArgumentException(status);
        }
        return id;
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @CsvSource({
            "UNVERIFIED, CORROBORATED", "UNVERIFIED, DISPUTED", "UNVERIFIED, CONFIRMED", "UNVERIFIED, REFUTED",
            "UNVERIFIED, RETRACTED",
            "CORROBORATED, DISPUTED", "CORROBORATED, CONFIRMED", "CORROBORATED, REFUTED", "CORROBORATED, RETRACTED",
            "DISPUTED, CORROBORATED", "DISPUTED, CONFIRMED", "DISPUTED, REFUTED", "DISPUTED, RETRACTED",
            "CONFIRMED, DISPUTED", "CONFIRMED, REFUTED",
            "REFUTED, DISPUTED", "REFUTED, CONFIRMED",
    })
    void allowedMoves(String from, String to) {
        String id = claimIn(from);
        Claims.transition(id, to, 3, "2024-06-03").statusCode(200)
                .body("status", equalTo(to)).body("credibility", equalTo(3)).body("confidence", equalTo(50));
        given().get("/claims/" + id + "/history").then()
                .body("[-1].from", equalTo(from)).body("[-1].to", equalTo(to));
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "CONFIRMED | CORROBORATED | DISPUTED, REFUTED",
            "CONFIRMED | RETRACTED    | DISPUTED, REFUTED",
            "CONFIRMED | UNVERIFIED   | DISPUTED, REFUTED",
            "REFUTED   | RETRACTED    | DISPUTED, CONFIRMED",
            "CORROBORATED | UNVERIFIED | DISPUTED, CONFIRMED, REFUTED, RETRACTED",
            "DISPUTED  | UNVERIFIED   | CORROBORATED, CONFIRMED, REFUTED, RETRACTED",
            "RETRACTED | CONFIRMED    | ''",
            "RETRACTED | UNVERIFIED   | ''",
    })
    void forbiddenMovesAre409NamingTheAllowedOnes(String from, String to, String allowed) {
        String id = claimIn(from);
        var response = Claims.transition(id, to, null, "2024-06-03").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot move from " + from + " to " + to))
                .body("from", equalTo(from));
        if (allowed.isEmpty()) {
            response.body("allowed.size()", equalTo(0)).body("detail", containsString("final"));
        } else {
            response.body("allowed", containsInAnyOrder(allowed.split(", ")));
        }
        given().get("/claims/" + id).then().body("status", equalTo(from));
    }

    @Test
    void credibilityAloneCanChangeButANoOpCannot() {
        String id = claimIn("UNVERIFIED");
        Claims.transition(id, "UNVERIFIED", 3, "2024-06-05").statusCode(200).body("credibility", equalTo(3));
        Claims.transition(id, "UNVERIFIED", 3, "2024-06-06").statusCode(409)
                .body("detail", containsString("must change the status or the credibility"));
        given().get("/claims/" + id + "/history").then().body("to", contains("UNVERIFIED", "UNVERIFIED"))
                .body("credibility", contains(6, 3));
    }

    @Test
    void requiresToReasonAndEffectiveOnAndAnIfMatch() {
        String id = claimIn("UNVERIFIED");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .post("/claims/" + id + "/transitions").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("to", "reason", "effectiveOn"));
        given().contentType(ContentType.JSON).body(Map.of("to", "DISPUTED", "reason", "r", "effectiveOn", "2024-07-01"))
                .post("/claims/" + id + "/transitions").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"9\"")
                .body(Map.of("to", "DISPUTED", "reason", "r", "effectiveOn", "2024-07-01"))
                .post("/claims/" + id + "/transitions").then().statusCode(412);
        Map<String, Object> body = new HashMap<>(Map.of("to", "DISPUTED", "reason", "r", "effectiveOn", "2024-07-01",
                "evidenceUrl", "ftp://x"));
        Claims.transition(id, body).statusCode(400).body("errors[0].field", equalTo("evidenceUrl"));
        Claims.transition(id, "DISPUTED", 9, "2024-07-01").statusCode(400).body("errors[0].field", equalTo("credibility"));
        Claims.transition(id, "MAYBE", null, "2024-07-01").statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void effectiveDatesMustFollowTheRecord() {
        String id = Claims.create(Claims.claim("dated", TV_CHOSUN, "2024-06-15", "ASSERTION"));
        Claims.transition(id, "DISPUTED", null, "2024-06-01").statusCode(409)
                .body("detail", containsString("before the claim was stated")).body("statedOn", equalTo("2024-06-15"));
        Claims.transition(id, "DISPUTED", null, "2999-01-01").statusCode(400).body("errors[0].message", containsString("future"));
        Claims.transition(id, "DISPUTED", null, "2024-07-01").statusCode(200);
        // Back-dated before the latest: it takes its place in the chain, and the claim still stands on the latest.
        Claims.transition(id, "CORROBORATED", 3, "2024-06-20").statusCode(200).body("status", equalTo("DISPUTED"));
        given().get("/claims/" + id + "/history").then()
                .body("to", contains("UNVERIFIED", "CORROBORATED", "DISPUTED"))
                .body("from", contains(null, "UNVERIFIED", "UNVERIFIED"));
        // A back-dated retraction would leave the later dispute following RETRACTED, which is final.
        String later = given().get("/claims/" + id + "/history").then().extract().path("[2].id");
        Claims.transition(id, "RETRACTED", null, "2024-06-25").statusCode(409)
                .body("laterTransitionId", equalTo(later)).body("laterEffectiveOn", equalTo("2024-07-01"))
                .body("detail", containsString(later));
        // Uncertain dates that may overlap the latest one are accepted.
        Claims.transition(id, "CONFIRMED", 1, "2024-07~").statusCode(200).body("confidence", equalTo(90));
    }

    @Test
    void absenceOfEvidenceNeverRefutesAndOnlyTheSpeakerRetracts() {
        Map<String, Object> forecast = Claims.claim("NK troops will go to Donetsk", TV_CHOSUN, "2024-06", "FORECAST");
        forecast.put("resolvesBy", "2024-12");
        String report = Claims.create(forecast);
        String noEvidence = Claims.create(Claims.claim("No evidence of NK troops in Ukraine", SINGH, "2024-07-01", "NO_EVIDENCE"));
        Map<String, Object> refute = new HashMap<>(Map.of("to", "REFUTED", "reason", "Pentagon has no evidence",
                "effectiveOn", "2024-07-01", "evidenceClaimId", noEvidence));
        Claims.transition(report, refute).statusCode(409).body("detail", containsString("never REFUTED"))
                .body("allowed", contains("DISPUTED"));
        refute.put("to", "DISPUTED");
        Claims.transition(report, refute).statusCode(200).body("status", equalTo("DISPUTED"));

        Map<String, Object> retract = new HashMap<>(Map.of("to", "RETRACTED", "reason", "denied",
                "effectiveOn", "2024-07-02", "evidenceClaimId", noEvidence));
        Claims.transition(report, retract).statusCode(409).body("detail", containsString("own source"));
        String withdrawal = Claims.create(Claims.claim("TV Chosun withdraws its report", TV_CHOSUN, "2024-07-02", "ASSERTION"));
        retract.put("evidenceClaimId", withdrawal);
        // The retracting claim must RETRACT it, and come later; without any evidence a retraction is refused.
        Claims.transition(report, retract).statusCode(409).body("detail", containsString("does not RETRACT"));
        Map<String, Object> bare = new HashMap<>(retract);
        bare.remove("evidenceClaimId");
        Claims.transition(report, bare).statusCode(400).body("errors[0].field", equalTo("evidenceClaimId"));
        String earlier = Claims.create(Claims.claim("TV Chosun, earlier", TV_CHOSUN, "2024-05", "ASSERTION"));
        given().contentType(ContentType.JSON).body(Map.of("type", "RETRACTS", "targetId", report))
                .post("/claims/" + earlier + "/relations").then().statusCode(201);
        retract.put("evidenceClaimId", earlier);
        Claims.transition(report, retract).statusCode(409).body("detail", containsString("a retraction comes later"));
        given().contentType(ContentType.JSON).body(Map.of("type", "RETRACTS", "targetId", report))
                .post("/claims/" + withdrawal + "/relations").then().statusCode(201);
        retract.put("evidenceClaimId", withdrawal);
        Claims.transition(report, retract).statusCode(200).body("status", equalTo("RETRACTED"));

        retract.put("evidenceClaimId", "6f1c1a52-0000-4000-8000-000000000000");
        String other = Claims.create(Claims.claim("other", PENTAGON, "2024-07-01", "ASSERTION"));
        Claims.transition(other, retract).statusCode(422).body("errors[0].field", equalTo("evidenceClaimId"));
    }

    @Test
    void historyKeepsEveryMoveWithItsTimes() {
        String id = Claims.create(Claims.claim("history", PENTAGON, "2024-07-01", "ASSERTION"));
        Map<String, Object> body = new HashMap<>(Map.of("to", "CORROBORATED", "credibility", 2, "reason", "AP confirms",
                "evidenceUrl", "https://apnews.com/article/x", "effectiveOn", "2024-07-03"));
        Claims.transition(id, body).statusCode(200);
        Claims.transition(id, "CONFIRMED", 1, "2024-10").statusCode(200);
        given().get("/claims/" + id + "/history").then().statusCode(200)
                .body("to", contains("UNVERIFIED", "CORROBORATED", "CONFIRMED"))
                .body("from", contains(null, "UNVERIFIED", "CORROBORATED"))
                .body("confidence", contains(null, 70, 90))
                .body("[1].reason", equalTo("AP confirms"))
                .body("[1].evidenceUrl", equalTo("https://apnews.com/article/x"))
                .body("[1].effectiveOn", equalTo("2024-07-03"))
                .body("effectiveOn", contains("2024-07-01", "2024-07-03", "2024-10"));
        given().get("/claims/" + id).then().body("version", equalTo(2)).body("status", equalTo("CONFIRMED"));
    }
}
