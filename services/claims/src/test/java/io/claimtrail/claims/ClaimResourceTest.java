package io.claimtrail.claims;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimtrail.claims.SourcesStub.KYIV_POST;
import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@ClaimsTest
class ClaimResourceTest {

    @Test
    void recordsAClaimWithItsProvenance() {
        Map<String, Object> body = Claims.claim("North Korea plans to send military engineers to occupied Donetsk Oblast",
                TV_CHOSUN, "2024-06", "FORECAST");
        body.put("resolvesBy", "2024-12");
        body.put("quote", "engineering troops could arrive as early as July");
        body.put("language", "en");
        body.put("topics", List.of("north-korea", "donetsk"));
        body.put("appearances", List.of(
                Map.of("url", "https://www.kyivpost.com/post/34567", "publisherId", KYIV_POST.toString(),
                        "publishedOn", "2024-07-02", "retrievedAt", "2024-07-02T10:00:00Z"),
                Map.of("url", "https://news.tvchosun.com/site/data/html_dir/2024/06/27/1.html",
                        "publisherId", TV_CHOSUN.toString(), "publishedOn", "2024-06-27")));
        var created = Claims.post(body).statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/claims/"))
                .body("text", equalTo(body.get("text")))
                .body("sourceId", equalTo(TV_CHOSUN.toString()))
                .body("statedOn", equalTo("2024-06"))
                .body("kind", equalTo("FORECAST"))
                .body("resolvesBy", equalTo("2024-12"))
                .body("topics", contains("north-korea", "donetsk"))
                .body("appearances.url", contains("https://www.kyivpost.com/post/34567",
                        "https://news.tvchosun.com/site/data/html_dir/2024/06/27/1.html"))
                .body("firstAppearance.publishedOn", equalTo("2024-06-27"))
                .body("status", equalTo("UNVERIFIED"))
                .body("credibility", equalTo(6))
                .body("credibilityMeaning", equalTo("Truth cannot be judged"))
                .body("confidence", nullValue())
                .body("createdAt", notNullValue())
                .extract();
        String id = created.path("id");
        given().get("/claims/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("quote", equalTo("engineering troops could arrive as early as July"));
        given().get("/claims/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].from", nullValue())
                .body("[0].to", equalTo("UNVERIFIED"))
                .body("[0].effectiveOn", equalTo("2024-06"))
                .body("[0].actor", equalTo("admin@claimtrail.local"));
    }

    @Test
    void initialCredibilityGivesStixConfidence() {
        Map<String, Object> body = Claims.claim("North Korea supplies Russia with military support", PENTAGON,
                "2024-07-01", "ASSERTION");
        body.put("credibility", 2);
        Claims.post(body).statusCode(201).body("credibility", equalTo(2)).body("confidence", equalTo(70))
                .body("credibilityMeaning", equalTo("Probably true"));
    }

    @Test
    void updateReplacesDescriptionWithIfMatch() {
        String id = Claims.create(Claims.claim("Draft wording", PENTAGON, "2024-07-01", "NO_EVIDENCE"));
        Map<String, Object> change = Claims.claim("There is no evidence of North Korean troops in Ukraine", PENTAGON,
                "2024-07-01", "NO_EVIDENCE");
        change.put("topics", List.of("north-korea", "ukraine"));
        given().contentType(ContentType.JSON).body(change).put("/claims/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(change).put("/claims/" + id).then()
                .statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/claims/" + id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("text", equalTo("There is no evidence of North Korean troops in Ukraine"))
                .body("topics", contains("north-korea", "ukraine"))
                .body("status", equalTo("UNVERIFIED"));
        // Credibility is the server's (transitions set it): repeating it is fine, changing it is a conflict.
        change.put("credibility", 1);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(change).put("/claims/" + id).then()
                .statusCode(409).body("errors[0].field", equalTo("credibility"));
    }

    @Test
    void archiveKeepsTheClaimReadable() {
        String topic = Claims.uniqueTopic();
        String id = Claims.create("A claim to archive", PENTAGON, "2024-07-01", "ASSERTION", List.of(topic));
        given().delete("/claims/" + id).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().queryParam("reason", "entered twice").delete("/claims/" + id).then().statusCode(200)
                .body("archived", equalTo(true)).body("archivedReason", equalTo("entered twice"));
        given().get("/claims/" + id).then().statusCode(200).body("archived", equalTo(true));
        given().queryParam("topic", topic).get("/claims").then().body("items.id", not(hasItem(id)));
        given().queryParam("topic", topic).queryParam("includeArchived", true).get("/claims").then()
                .body("items.id", contains(id));
    }

    @Test
    void unknownClaimIs404AndBadIdIs400() {
        given().get("/claims/6f1c1a52-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/claims/nope").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
        given().get("/claims/6f1c1a52-0000-4000-8000-000000000000/history").then().statusCode(404);
        given().get("/claims/6f1c1a52-0000-4000-8000-000000000000/relations").then().statusCode(404);
    }
}
