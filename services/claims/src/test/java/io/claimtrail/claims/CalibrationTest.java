package io.claimtrail.claims;

import io.claimtrail.testing.Replay;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.claimtrail.claims.SourcesStub.KYIV_POST;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

/** GET /claims/calibration: per credibility level, how the claims rated so before their verdict turned out. */
@ClaimsTest
class CalibrationTest {

    private static String rated(String text, int credibility, String topic) {
        Map<String, Object> body = Claims.claim(text, TV_CHOSUN, "2024-01-01", "ASSERTION");
        body.put("credibility", credibility);
        body.put("topics", List.of(topic));
        return Claims.create(body);
    }

    @Test
    void probablyTrueShouldComeTrueAboutSeventyPercentOfTheTime() {
        String topic = Claims.uniqueTopic();
        Claims.transition(rated("a", 2, topic), "CONFIRMED", 1, "2024-02-01").statusCode(200);
        Claims.transition(rated("b", 2, topic), "CONFIRMED", 1, "2024-02-01").statusCode(200);
        String rerated = rated("c", 6, topic);
        Claims.transition(rerated, "CORROBORATED", 2, "2024-01-05").statusCode(200);
        Claims.transition(rerated, "CONFIRMED", 1, "2024-02-01").statusCode(200);
        Claims.transition(rated("d", 2, topic), "REFUTED", 5, "2024-02-01").statusCode(200);
        Claims.transition(rated("e", 5, topic), "REFUTED", 5, "2024-02-01").statusCode(200);
        rated("f", 3, topic);
        Map<String, Object> elsewhere = Claims.claim("g", KYIV_POST, "2024-01-01", "ASSERTION");
        elsewhere.put("credibility", 2);
        Claims.transition(Claims.create(elsewhere), "REFUTED", 5, "2024-02-01").statusCode(200);

        given().queryParam("topic", topic).get("/claims/calibration").then().statusCode(200)
                .body("claims", equalTo(5))
                .body("levels[1].credibility", equalTo(2))
                .body("levels[1].meaning", equalTo("Probably true"))
                .body("levels[1].statedProbability", equalTo(0.7f))
                // the re-rated claim counts at 2, the rating it had before its verdict, not at 1
                .body("levels[1].claims", equalTo(4))
                .body("levels[1].confirmed", equalTo(3))
                .body("levels[1].refuted", equalTo(1))
                .body("levels[1].observed.raw", equalTo(0.75f))
                .body("levels[1].observed.low", both(greaterThan(0.3425f)).and(lessThan(0.3427f)))
                .body("levels[1].withinInterval", equalTo(true))
                .body("levels[0].claims", equalTo(0))
                .body("levels[0].withinInterval", nullValue())
                .body("levels[4].refuted", equalTo(1))
                .body("levels[5].statedProbability", nullValue())
                // (3 x 0.09 + 0.49 + 0.01) / 5
                .body("brier", both(greaterThan(0.15399f)).and(lessThan(0.15401f)));
        given().queryParam("topic", topic).queryParam("asOf", "2024-01-20").get("/claims/calibration").then()
                .statusCode(200).body("claims", equalTo(0)).body("brier", nullValue());
    }

    @Test
    void asOfADayAndAsRecordedAtAMomentEachClaimCountsAsItStoodThen() {
        String topic = Claims.uniqueTopic();
        // confirmed on 1 February after a re-rating to 2; recorded after the moment "beforeVerdicts"
        String rerated = rated("rerated", 6, topic);
        Claims.transition(rerated, "CORROBORATED", 2, "2024-01-05").statusCode(200);
        // refuted, then the refutation withdrawn as entered wrongly
        String withdrawn = rated("withdrawn", 2, topic);
        // confirmed at 3, then disputed again in March with another rating (which is after its verdict)
        String reopened = rated("reopened", 3, topic);
        Instant beforeVerdicts = Replay.moment();
        Claims.transition(rerated, "CONFIRMED", 1, "2024-02-01").statusCode(200);
        Claims.transition(withdrawn, "REFUTED", 5, "2024-02-01").statusCode(200);
        Claims.transition(reopened, "CONFIRMED", 1, "2024-02-01").statusCode(200);
        Claims.transition(reopened, "DISPUTED", 4, "2024-03-01").statusCode(200);
        Instant beforeWithdrawal = Replay.moment();
        String refutation = given().get("/claims/" + withdrawn + "/history").then().extract().path("[1].id");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + Claims.version(withdrawn) + "\"")
                .body(Map.of("reason", "Entered on the wrong claim"))
                .post("/claims/" + withdrawn + "/transitions/" + refutation + "/withdrawal").then().statusCode(200);

        // now: only the re-rated claim stands confirmed (at 2, its rating before the verdict)
        calibration(topic, null, null).body("claims", equalTo(1)).body("levels[1].confirmed", equalTo(1));
        // mid-February: the reopened claim stood confirmed too, rated 3 before its verdict
        calibration(topic, "2024-02-15", null).body("claims", equalTo(2)).body("levels[1].confirmed", equalTo(1))
                .body("levels[2].confirmed", equalTo(1));
        // as recorded before the withdrawal: the refutation still counted, at 2
        calibration(topic, null, beforeWithdrawal).body("claims", equalTo(2)).body("levels[1].confirmed", equalTo(1))
                .body("levels[1].refuted", equalTo(1));
        calibration(topic, "2024-02-15", beforeWithdrawal).body("claims", equalTo(3))
                .body("levels[1].refuted", equalTo(1)).body("levels[2].confirmed", equalTo(1));
        // as recorded before any verdict: nothing resolved
        calibration(topic, null, beforeVerdicts).body("claims", equalTo(0));
        calibration(topic, "2024-01-31", null).body("claims", equalTo(0));
    }

    private static ValidatableResponse calibration(String topic, String asOf, Instant knownAt) {
        var request = given().queryParam("topic", topic);
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt.toString());
        }
        return request.get("/claims/calibration").then().statusCode(200);
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        given().queryParam("asOf", "soon").get("/claims/calibration").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().queryParam("topic", "t".repeat(65)).get("/claims/calibration").then().statusCode(400);
        given().queryParam("knownAt", "noon").get("/claims/calibration").then().statusCode(400)
                .body("errors[0].field", equalTo("knownAt"));
    }
}
