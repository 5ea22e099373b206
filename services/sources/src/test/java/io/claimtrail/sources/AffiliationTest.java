package io.claimtrail.sources;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@SourcesTest
class AffiliationTest {

    @Test
    void spokespersonSpeaksForTheInstitutionOnADate() {
        String dod = Fixtures.create(Fixtures.source(Fixtures.unique("Department of Defense"), "INSTITUTION"));
        String dodSlug = given().get("/sources/" + dod).then().extract().path("slug");
        Map<String, Object> singh = Fixtures.source(Fixtures.unique("Sabrina Singh"), "PERSON");
        singh.put("affiliations", List.of(Fixtures.affiliation(dod, "Deputy Pentagon Press Secretary", "2023", null)));
        String singhId = Fixtures.post(singh).statusCode(201)
                .body("affiliations[0].parentId", equalTo(dod))
                .body("affiliations[0].role", equalTo("Deputy Pentagon Press Secretary"))
                .body("affiliations[0].from", equalTo("2023"))
                .extract().path("id");
        Map<String, Object> former = Fixtures.source(Fixtures.unique("Former Spokesman"), "PERSON");
        former.put("affiliations", List.of(Fixtures.affiliation(dod, "Press Secretary", "2019-06", "2021-01~")));
        String formerId = Fixtures.create(former);
        Map<String, Object> loose = Fixtures.source(Fixtures.unique("Adviser"), "PERSON");
        loose.put("affiliations", List.of(Fixtures.affiliation(dod, "Adviser", "../2024-06", null)));
        String looseId = Fixtures.create(loose);

        given().get("/sources/" + singhId + "/affiliations").then().statusCode(200)
                .body("parentId", contains(dod))
                .body("parentSlug", contains(dodSlug))
                .body("role", contains("Deputy Pentagon Press Secretary"));

        given().queryParam("asOf", "2024-07-01").get("/sources/" + dodSlug + "/members").then().statusCode(200)
                .body("id", containsInAnyOrder(singhId, looseId))
                .body("find { it.id == '" + singhId + "' }.role", equalTo("Deputy Pentagon Press Secretary"));
        given().queryParam("asOf", "2020-03-01").get("/sources/" + dod + "/members").then()
                .body("id", containsInAnyOrder(formerId, looseId));
        given().queryParam("asOf", "2024-07").get("/sources/" + dod + "/members").then()
                .body("id", containsInAnyOrder(singhId, looseId));
        // Open-ended affiliations may still hold in 2030; the former spokesman's ended in January 2021.
        given().queryParam("asOf", "2030-01-01").get("/sources/" + dod + "/members").then()
                .body("id", containsInAnyOrder(singhId, looseId));
        given().get("/sources/" + dod + "/members").then().body("id", containsInAnyOrder(singhId, formerId, looseId));
        given().queryParam("asOf", "yesterday").get("/sources/" + dod + "/members").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().get("/sources/unknown-parent/members").then().statusCode(404);
    }

    @Test
    void cyclesAreRejected() {
        String a = Fixtures.create(Fixtures.source(Fixtures.unique("Holding A"), "INSTITUTION"));
        Map<String, Object> b = Fixtures.source(Fixtures.unique("Office B"), "OFFICE");
        b.put("affiliations", List.of(Fixtures.affiliation(a, "part of", null, null)));
        String bId = Fixtures.create(b);
        Map<String, Object> c = Fixtures.source(Fixtures.unique("Person C"), "PERSON");
        c.put("affiliations", List.of(Fixtures.affiliation(bId, "head", null, null)));
        String cId = Fixtures.create(c);

        // A under C would close A <- B <- C <- A.
        Map<String, Object> aUnderC = Fixtures.source("Holding A", "INSTITUTION");
        aUnderC.put("affiliations", List.of(Fixtures.affiliation(cId, "owned by", null, null)));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(aUnderC).put("/sources/" + a).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("affiliations[0].parentId"))
                .body("errors[0].message", containsString("cycle"));

        Map<String, Object> self = Fixtures.source("Holding A", "INSTITUTION");
        self.put("affiliations", List.of(Fixtures.affiliation(a, "itself", null, null)));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(self).put("/sources/" + a).then()
                .statusCode(400).body("errors[0].message", containsString("its own parent"));

        given().get("/sources/" + a).then().body("affiliations", empty()).body("version", equalTo(0));
    }

    @Test
    void affiliationsAreReplacedOnUpdate() {
        String x = Fixtures.create(Fixtures.source(Fixtures.unique("Parent X"), "INSTITUTION"));
        String y = Fixtures.create(Fixtures.source(Fixtures.unique("Parent Y"), "INSTITUTION"));
        Map<String, Object> person = Fixtures.source(Fixtures.unique("Moving Person"), "PERSON");
        person.put("affiliations", List.of(Fixtures.affiliation(x, "spokesman", "2020", "2022")));
        String id = Fixtures.create(person);
        person.put("affiliations", List.of(Fixtures.affiliation(x, "spokesman", "2020", "2022"),
                Fixtures.affiliation(y, "director", "2022-03/..", null)));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(person).put("/sources/" + id).then()
                .statusCode(200).body("affiliations.parentId", contains(x, y))
                .body("affiliations[1].from", equalTo("2022-03/.."));
        person.put("affiliations", List.of());
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(person).put("/sources/" + id).then()
                .statusCode(200).body("affiliations", empty());
    }
}
