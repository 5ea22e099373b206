package io.claimtrail.sources;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** What a client generated from the contract does: read-modify-write, merge patches, retries with a key. */
@SourcesTest
class ClientConventionsTest {

    @Test
    void aSourceAsReadIsAcceptedBackWithOneFieldChanged() {
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Round trip"), "INSTITUTION"));
        Map<String, Object> read = given().get("/sources/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        read.put("description", "Changed by a client that kept every field");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(read).put("/sources/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("description", equalTo("Changed by a client that kept every field"))
                .body("id", equalTo(id));
    }

    @Test
    void aServerManagedFieldThatContradictsIsNamedInA409() {
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Contradicted"), "OUTLET"));
        Map<String, Object> read = given().get("/sources/" + id).then().extract().jsonPath().getMap("");
        read.put("id", UUID.randomUUID().toString());
        read.put("reliabilityMeaning", "Completely reliable");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(read).put("/sources/" + id).then()
                .statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("id", "reliabilityMeaning"));
        given().get("/sources/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void anUnknownFieldInAReplacementStaysA400() {
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Unknown field"), "OUTLET"));
        Map<String, Object> read = given().get("/sources/" + id).then().extract().jsonPath().getMap("");
        read.put("colour", "red");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(read).put("/sources/" + id).then()
                .statusCode(400).body("errors.field", contains("colour"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void aRuleOfTheDraftIsNamedBesideTheConstraintsToo() {
        given().contentType(ContentType.JSON).body(Map.of("name", " ", "kind", "OUTLET", "country", "USA"))
                .post("/sources").then().statusCode(400).body("errors.field", contains("country", "name"));
    }

    @Test
    void everyInvalidFieldIsNamedInOne400() {
        given().contentType(ContentType.JSON).body(Map.of("name", Fixtures.unique("Three wrongs"), "kind", "BLOG",
                        "reliability", "G", "country", "USA"))
                .post("/sources").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("country", "kind", "reliability"));
    }

    @Test
    void aMergePatchChangesOnlyWhatItNames() {
        Map<String, Object> body = Fixtures.source(Fixtures.unique("Patched"), "OUTLET");
        body.put("country", "KR");
        body.put("description", "Before");
        String id = Fixtures.create(body);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"description\": null, \"aliases\": [\"TVC\"]}").patch("/sources/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("country", equalTo("KR"))
                .body("description", nullValue()).body("aliases", contains("TVC"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"description\": \"stale\"}").patch("/sources/" + id).then().statusCode(412);
        given().contentType("application/merge-patch+json").body("{\"description\": \"none\"}")
                .patch("/sources/" + id).then().statusCode(428);
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"kind\": \"BLOG\", \"country\": \"USA\"}").patch("/sources/" + id).then().statusCode(400)
                .body("errors.field", contains("country", "kind"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"version\": 7}").patch("/sources/" + id).then().statusCode(409)
                .body("errors.field", contains("version"));
        given().get("/sources/" + id + "/audit").then().statusCode(200)
                .body("items.action", hasItem("updated"));
    }

    @Test
    void aRetriedCreateWithTheSameKeyAnswersTheFirstResponseAndWritesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.source(Fixtures.unique("Retried"), "OUTLET");
        JsonPath first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/sources").then().statusCode(201).extract().jsonPath();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/sources").then()
                .statusCode(201).header("Idempotency-Replayed", "true").header("ETag", "\"0\"")
                .body("id", equalTo(first.getString("id")));
        given().get("/sources?q=" + body.get("name")).then().body("total", equalTo(1));
        body.put("country", "US");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/sources").then()
                .statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "bad key").body(body).post("/sources").then()
                .statusCode(400).body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void anInvalidBodyUnderAKeyIsReplayedAsTheSame400() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "x", "kind", "BLOG");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/sources").then()
                .statusCode(400);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/sources").then()
                .statusCode(400).header("Idempotency-Replayed", "true").contentType("application/problem+json")
                .body("errors.field", contains("kind"));
    }

    @Test
    void pagedListsCarryNextAndPrevLinks() {
        String prefix = "Linked" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            Fixtures.create(Fixtures.source(prefix + " " + i, "OUTLET"));
        }
        given().get("/sources?q=" + prefix + "&size=1&page=1").then().statusCode(200)
                .header("Link", equalTo("</sources?q=" + prefix + "&size=1&page=2>; rel=\"next\", "
                        + "</sources?q=" + prefix + "&size=1&page=0>; rel=\"prev\""));
        given().get("/sources?q=" + prefix + "&size=1&page=2").then().statusCode(200)
                .header("Link", equalTo("</sources?q=" + prefix + "&size=1&page=1>; rel=\"prev\""));
        given().get("/sources?q=" + prefix + "&size=5").then().statusCode(200).header("Link", nullValue());
    }

    @Test
    void theContractShowsTheInputSchemaForPutAndPatchNotJacksonTypes() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(not(containsString("JsonNode")))
                .body("paths.'/sources/{source}'.patch.requestBody.content.'application/merge-patch+json'.schema.'$ref'",
                        equalTo("#/components/schemas/SourceInput"))
                .body("paths.'/sources/{source}'.put.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/SourceInput"));
    }
}
