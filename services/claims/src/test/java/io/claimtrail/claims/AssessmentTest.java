package io.claimtrail.claims;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.claimtrail.claims.SourcesStub.KIRBY;
import static io.claimtrail.claims.SourcesStub.KYIV_POST;
import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.SINGH;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** GET /claims/{id}/assessment: the seed story as of 2 July 2024, and support and contradiction over the days. */
@ClaimsTest
class AssessmentTest {

    private static void relate(String from, String type, String target) {
        given().contentType(ContentType.JSON).body(Map.of("type", type, "targetId", target))
                .post("/claims/" + from + "/relations").then().statusCode(201);
    }

    /** The path of a source in the assessment's sources, keyed by id. */
    private static String source(java.util.UUID id) {
        return "sources.'" + id + "'";
    }

    private static ValidatableResponse assess(String id, String asOf) {
        return given().queryParam("asOf", asOf).get("/claims/" + id + "/assessment").then().statusCode(200);
    }

    @Test
    void tvChosunsReportAsOfTheSecondOfJulyHasNoIndependentSupportAndOnlyAnAbsenceOfEvidence() {
        Map<String, Object> report = Claims.claim("North Korea is planning to send engineering troops to Donetsk",
                TV_CHOSUN, "2024-06-19/2024-07-01", "FORECAST");
        report.put("resolvesBy", "2024-07/..");
        String tvChosun = Claims.create(report);
        String singh = Claims.create(Claims.claim("The Pentagon has nothing on specific North Korean troops going "
                + "into Russia", SINGH, "2024-07-01", "NO_EVIDENCE"));
        String dod = Claims.create(Claims.claim("There is currently no evidence of North Korean troops being sent "
                + "to Ukraine", PENTAGON, "2024-07-01/2024-07-02", "NO_EVIDENCE"));
        relate(singh, "NO_EVIDENCE_FOR", tvChosun);
        relate(dod, "DUPLICATES", singh);
        Map<String, Object> disputed = new HashMap<>(Map.of("to", "DISPUTED", "credibility", 4, "reason",
                "The Pentagon says it has no evidence", "evidenceClaimId", singh, "effectiveOn", "2024-07-01"));
        Claims.transition(tvChosun, disputed).statusCode(200);

        assess(tvChosun, "2024-07-02")
                .body("status", equalTo("DISPUTED"))
                .body("credibility", equalTo(4))
                .body("sourceId", equalTo(TV_CHOSUN.toString()))
                // each source once, by id, with its reliability that day
                .body("sources.keySet()", containsInAnyOrder(TV_CHOSUN.toString(), SINGH.toString(),
                        PENTAGON.toString()))
                .body(source(TV_CHOSUN) + ".reliability", equalTo("C"))
                .body(source(SINGH) + ".name", equalTo("Sabrina Singh"))
                .body(source(PENTAGON) + ".name", equalTo("U.S. Department of Defense"))
                .body("linesFor", empty())
                .body("linesAgainst", empty())
                .body("noEvidence", hasSize(1))
                .body("noEvidence[0].number", equalTo(1))
                .body("noEvidence[0].claims.id", contains(singh, dod))
                .body("noEvidence[0].claims.sourceId", contains(SINGH.toString(), PENTAGON.toString()))
                .body("noEvidence[0]", not(hasKey("explanation")))
                .body("noEvidence[0].claims[0]", not(hasKey("source")))
                // the line's sentence, once: in the explanation, under its number
                .body("explanation", hasItem(allOf(startsWith("Line 1 (2 claims): Sabrina Singh, for U.S. "
                        + "Department of Defense (F, 2024-07-01, NO_EVIDENCE_FOR): \"The Pentagon has nothing on"),
                        containsString("an absence of evidence, which neither supports nor contradicts the claim; "
                                + "it may justify DISPUTED, never REFUTED"))))
                .body("suggested.status", equalTo("DISPUTED"))
                .body("suggested.statusRule", equalTo("ABSENCE_OF_EVIDENCE"))
                .body("suggested.credibility", equalTo(4))
                .body("suggested.credibilityRule", equalTo("NO_LINES"))
                .body("suggested.stixConfidence", equalTo(30))
                .body("suggested.admiralty", equalTo("C4"))
                .body("changes", equalTo(false))
                .body("explanation", hasItem("No independent line supports it."))
                .body("explanation", hasItem("No independent line contradicts it."))
                .body("explanation", not(hasItem(containsString("REFUTED ("))));
        // On 1 July the department's own statement was not yet certainly made: the line is Singh's answer alone.
        assess(tvChosun, "2024-07-01").body("noEvidence[0].claims.id", contains(singh));
    }

    @Test
    void suggestionsFollowSupportAndContradictionDayByDay() {
        String claim = Claims.create(Claims.claim("The bridge was destroyed", TV_CHOSUN, "2024-06-01", "ASSERTION"));
        String kyivPost = Claims.create(Claims.claim("The bridge is down", KYIV_POST, "2024-06-05", "ASSERTION"));
        String pentagon = Claims.create(Claims.claim("The bridge stands", PENTAGON, "2024-06-03", "DENIAL"));
        String kirby = Claims.create(Claims.claim("Imagery shows the bridge destroyed", KIRBY, "2024-06-15", "ASSERTION"));
        relate(kyivPost, "SUPPORTS", claim);
        relate(pentagon, "CONTRADICTS", claim);
        relate(kirby, "SUPPORTS", claim);
        Claims.transition(pentagon, "REFUTED", 5, "2024-06-20").statusCode(200);

        assess(claim, "2024-06-02").body("suggested.statusRule", equalTo("NO_LINES"))
                .body("suggested.status", equalTo("UNVERIFIED")).body("changes", equalTo(false));
        assess(claim, "2024-06-04").body("suggested.statusRule", equalTo("CONTRADICTED_BY_RELIABLE"))
                .body("linesAgainst[0].bestReliability", equalTo("B"))
                .body("suggested.status", equalTo("DISPUTED")).body("suggested.credibility", equalTo(5))
                .body("changes", equalTo(true));
        assess(claim, "2024-06-06").body("suggested.statusRule", equalTo("LINES_BOTH_WAYS"))
                .body("linesFor", hasSize(1)).body("suggested.credibility", equalTo(3));
        assess(claim, "2024-06-16").body("suggested.statusRule", equalTo("LINES_BOTH_WAYS"))
                .body("linesFor", hasSize(2)).body("suggested.credibility", equalTo(3));
        assess(claim, "2024-06-21").body("suggested.statusRule", equalTo("CORROBORATED"))
                .body("suggested.credibility", equalTo(1))
                .body("suggested.credibilityRule", equalTo("TWO_INDEPENDENT_LINES_FOR"))
                .body("notCounted[0].bearing", equalTo("SET_ASIDE"))
                .body("notCounted[0].claims[0].id", equalTo(pentagon));
    }

    @Test
    void aSourceCorrectedSinceIsAskedForAndRatedAsTheViewSawIt() {
        String claim = Claims.create(Claims.claim("The bridge was hit", TV_CHOSUN, "2024-06-01", "ASSERTION"));
        String support = Claims.create(Claims.claim("The bridge was struck", KYIV_POST, "2024-06-05", "ASSERTION"));
        relate(support, "SUPPORTS", claim);
        Instant before = Instant.now();
        given().contentType(ContentType.JSON).header("If-Match", "\"" + Claims.version(support) + "\"")
                .body(Claims.claim("The bridge was struck", PENTAGON, "2024-06-05", "ASSERTION"))
                .put("/claims/" + support).then().statusCode(200);
        // The sources service knows Kyiv Post only when asked for it: the assessment as recorded before the
        // correction must ask for it, after asking for the sources recorded now (TV Chosun, the Pentagon).
        WireMockServer sources = SourcesStub.server();
        sources.stubFor(post(urlEqualTo("/sources/lookup/facts")).atPriority(2).willReturn(okJson("""
                {"items": [
                  {"id": "%s", "name": "TV Chosun", "reliability": "C"},
                  {"id": "%s", "name": "U.S. Department of Defense", "reliability": "B"}
                ], "missing": []}""".formatted(TV_CHOSUN, PENTAGON))));
        sources.stubFor(post(urlEqualTo("/sources/lookup/facts")).atPriority(1)
                .withRequestBody(containing(KYIV_POST.toString())).willReturn(okJson("""
                        {"items": [{"id": "%s", "name": "Kyiv Post", "reliability": "F"}], "missing": []}"""
                        .formatted(KYIV_POST))));
        try {
            given().queryParam("knownAt", before.toString()).get("/claims/" + claim + "/assessment").then()
                    .statusCode(200)
                    .body("linesFor[0].claims[0].sourceId", equalTo(KYIV_POST.toString()))
                    .body("linesFor[0].bestReliability", equalTo("F"))
                    .body(source(KYIV_POST) + ".name", equalTo("Kyiv Post"))
                    .body("sources", not(hasKey(PENTAGON.toString())));
            given().get("/claims/" + claim + "/assessment").then().statusCode(200)
                    .body("linesFor[0].claims[0].sourceId", equalTo(PENTAGON.toString()))
                    .body("linesFor[0].bestReliability", equalTo("B"));
        } finally {
            SourcesStub.answerNormally();
        }
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        given().get("/claims/nope/assessment").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
        String claim = Claims.create(Claims.claim("Anything", TV_CHOSUN, "2024-06-01", "ASSERTION"));
        given().queryParam("asOf", "July").get("/claims/" + claim + "/assessment").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("asOf", "2024-05-01").get("/claims/" + claim + "/assessment").then().statusCode(404);
        given().get("/claims/" + java.util.UUID.randomUUID() + "/assessment").then().statusCode(404);
        given().queryParam("knownAt", "yesterday").get("/claims/" + claim + "/assessment").then().statusCode(400)
                .body("errors[0].field", equalTo("knownAt"));
    }
}
