package io.claimtrail.sources;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@SourcesTest
class LookupTest {

    @Test
    void returnsFoundArchivedIncludedAndMissing() {
        String a = Fixtures.create(Fixtures.source(Fixtures.unique("Lookup A"), "OUTLET"));
        String b = Fixtures.create(Fixtures.source(Fixtures.unique("Lookup B"), "OUTLET"));
        given().delete("/sources/" + b).then().statusCode(200);
        String missing = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(b, missing, a, a)))
                .post("/sources/lookup").then().statusCode(200)
                .body("items.id", contains(b, a))
                .body("items[0].archived", equalTo(true))
                .body("missing", contains(missing));
    }

    @Test
    void walksAffiliationsUpAndDownInOneCall() {
        String government = Fixtures.create(Fixtures.source(Fixtures.unique("Lookup Government"), "INSTITUTION"));
        Map<String, Object> ministry = Fixtures.source(Fixtures.unique("Lookup Ministry"), "INSTITUTION");
        ministry.put("affiliations", List.of(Fixtures.affiliation(government, "ministry", "2020", null)));
        String ministryId = Fixtures.create(ministry);
        Map<String, Object> spokesman = Fixtures.source(Fixtures.unique("Lookup Spokesman"), "PERSON");
        spokesman.put("affiliations", List.of(Fixtures.affiliation(ministryId, "spokesman", "2021", "2022")));
        String spokesmanId = Fixtures.create(spokesman);

        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(spokesmanId), "ancestors", true))
                .post("/sources/lookup").then().statusCode(200)
                .body("items.id", contains(spokesmanId))
                .body("related.id", contains(ministryId, government))
                .body("related[0].affiliations[0].parentId", equalTo(government));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(government), "members", true))
                .post("/sources/lookup").then().statusCode(200)
                .body("related.id", contains(ministryId, spokesmanId))
                .body("related[1].affiliations[0].from", equalTo("2021"))
                .body("related[1].affiliations[0].to", equalTo("2022"));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(government)))
                .post("/sources/lookup").then().statusCode(200)
                .body("containsKey('related')", equalTo(false));
    }

    @Test
    void factsGiveTheSameSourcesWithOnlyWhatACallerWeighs() {
        String government = Fixtures.create(Fixtures.source(Fixtures.unique("Facts Government"), "INSTITUTION"));
        Map<String, Object> spokesman = Fixtures.source(Fixtures.unique("Facts Spokesman"), "PERSON");
        spokesman.put("reliability", "B");
        spokesman.put("aliases", List.of("The spokesman"));
        spokesman.put("affiliations", List.of(Fixtures.affiliation(government, "spokesman", "2021", "2022-06")));
        String spokesmanId = Fixtures.create(spokesman);
        String etag = given().get("/sources/" + spokesmanId).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("reliability", "D", "reason", "fabricated a quote", "effectiveOn", "2024-03"))
                .post("/sources/" + spokesmanId + "/ratings").then().statusCode(200);
        String missing = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(spokesmanId, missing), "ancestors", true))
                .post("/sources/lookup/facts").then().statusCode(200)
                .body("items.id", contains(spokesmanId))
                .body("items[0].keySet()", containsInAnyOrder("id", "name", "reliability", "affiliations"))
                .body("items[0].reliability", equalTo("D"))
                .body("items[0].affiliations[0].keySet()", containsInAnyOrder("parentId", "from", "to"))
                .body("items[0].affiliations[0].parentId", equalTo(government))
                .body("items[0].affiliations[0].from", equalTo("2021"))
                .body("items[0].affiliations[0].to", equalTo("2022-06"))
                .body("missing", contains(missing))
                .body("related.id", contains(government))
                .body("related[0].keySet()", containsInAnyOrder("id", "name", "reliability"));
        // the rating in force on the day asked, as the full lookup gives it
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(spokesmanId), "asOf", "2024-01"))
                .post("/sources/lookup/facts").then().statusCode(200)
                .body("items[0].reliability", equalTo("B"));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(spokesmanId), "asOf", "2024-01"))
                .post("/sources/lookup").then().statusCode(200)
                .body("items[0].reliability", equalTo("B"));
        given().contentType(ContentType.JSON).body("{\"ids\":[\"nope\"]}").post("/sources/lookup/facts").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ids[0]"));
    }

    @Test
    void acceptsAThousandAndRejectsMore() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        given().contentType(ContentType.JSON).body(Map.of("ids", ids)).post("/sources/lookup").then()
                .statusCode(200).body("missing.size()", equalTo(1000));
        ids.add(UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(Map.of("ids", ids)).post("/sources/lookup").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ids"));
    }

    @Test
    void rejectsBadIds() {
        given().contentType(ContentType.JSON).body("{\"ids\":[\"" + UUID.randomUUID() + "\",\"nope\"]}")
                .post("/sources/lookup").then().statusCode(400)
                .body("errors[0].field", equalTo("ids[1]"))
                .body("errors[0].message", containsString("not a UUID"));
        given().contentType(ContentType.JSON).body("{}").post("/sources/lookup").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
        given().contentType(ContentType.JSON).body("{\"ids\":[null]}").post("/sources/lookup").then().statusCode(400)
                .body("errors[0].field", equalTo("ids[0]"));
    }
}
