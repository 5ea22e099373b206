package io.claimtrail.claims;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

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
class RelationTest {

    private static io.restassured.response.ValidatableResponse relate(String from, String type, String target, String note) {
        return given().contentType(ContentType.JSON).body(Map.of("type", type, "targetId", target, "note", note))
                .post("/claims/" + from + "/relations").then();
    }

    @Test
    void relationsAreSeenFromBothEnds() {
        String report = Claims.create(Claims.claim("NK engineers to Donetsk", TV_CHOSUN, "2024-06-27", "ASSERTION"));
        String briefing = Claims.create(Claims.claim("No evidence of NK troops", SINGH, "2024-07-01", "NO_EVIDENCE"));
        String repeat = Claims.create(Claims.claim("Kyiv Post repeats TV Chosun", PENTAGON, "2024-07-02", "ASSERTION"));

        relate(briefing, "NO_EVIDENCE_FOR", report, "asked at the 1 July briefing").statusCode(201)
                .body("type", equalTo("NO_EVIDENCE_FOR"))
                .body("direction", equalTo("OUTGOING"))
                .body("otherClaimId", equalTo(report))
                .body("otherText", equalTo("NK engineers to Donetsk"))
                .body("otherStatus", equalTo("UNVERIFIED"))
                .body("note", equalTo("asked at the 1 July briefing"));
        relate(repeat, "CITES", report, "same report").statusCode(201);
        Claims.transition(report, "DISPUTED", 4, "2024-07-01").statusCode(200);

        given().get("/claims/" + report + "/relations").then().statusCode(200)
                .body("type", contains("NO_EVIDENCE_FOR", "CITES"))
                .body("direction", contains("INCOMING", "INCOMING"))
                .body("otherClaimId", contains(briefing, repeat))
                .body("otherSourceId", contains(SINGH.toString(), PENTAGON.toString()));
        given().get("/claims/" + briefing + "/relations").then()
                .body("direction", contains("OUTGOING"))
                .body("otherStatus", contains("DISPUTED"));
        given().queryParam("asOf", "2024-07-01").get("/claims/" + briefing + "/relations").then()
                .body("otherStatus", contains("DISPUTED"));
        given().queryParam("asOf", "2024-06-30").get("/claims/" + briefing + "/relations").then()
                .body("otherStatus", contains("UNVERIFIED"));
        given().queryParam("asOf", "2024-07-01").get("/claims/" + report + "/relations").then()
                .body("otherClaimId", contains(briefing));
        given().queryParam("knownAt", "2020-01-01T00:00:00Z").get("/claims/" + report + "/relations").then()
                .statusCode(404).body("detail", containsString("not yet recorded"));
    }

    @Test
    void selfDuplicateUnknownAndForeignRetractionsAreRefused() {
        String a = Claims.create(Claims.claim("claim a", TV_CHOSUN, "2024-06-27", "ASSERTION"));
        String b = Claims.create(Claims.claim("claim b", PENTAGON, "2024-07-01", "DENIAL"));
        relate(a, "SUPPORTS", a, "x").statusCode(400).body("errors[0].field", equalTo("targetId"));
        relate(b, "CONTRADICTS", a, "x").statusCode(201);
        relate(b, "CONTRADICTS", a, "again").statusCode(409).body("detail", containsString("already"));
        relate(b, "SUPPORTS", a, "another type is another relation").statusCode(201);
        relate(b, "RETRACTS", a, "x").statusCode(409).body("detail", containsString("same source"));
        relate(b, "CITES", "6f1c1a52-0000-4000-8000-000000000000", "x").statusCode(422)
                .body("errors[0].field", equalTo("targetId"));
        relate("6f1c1a52-0000-4000-8000-000000000000", "CITES", a, "x").statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("type", "LIKES", "targetId", a))
                .post("/claims/" + b + "/relations").then().statusCode(400).body("errors[0].field", equalTo("type"));
        String withdrawal = Claims.create(Claims.claim("TV Chosun withdraws", TV_CHOSUN, "2024-07-03", "ASSERTION"));
        relate(withdrawal, "RETRACTS", a, "the speaker withdraws").statusCode(201);
        given().get("/claims/" + a + "/relations").then()
                .body("type", containsInAnyOrder("CONTRADICTS", "SUPPORTS", "RETRACTS"));
    }
}
