package io.claimtrail.sources;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@SourcesTest
class SourceResourceTest {

    @Test
    void createsReadsBySlugAndIdWithETag() {
        String name = Fixtures.unique("U.S. Department of Defense");
        Map<String, Object> body = Fixtures.source(name, "INSTITUTION");
        body.putAll(Map.of("aliases", List.of("Pentagon", "DoD"), "country", "US", "homepage", "https://www.defense.gov",
                "reliability", "B", "stateAffiliated", true, "description", "Executive department"));
        var created = Fixtures.post(body).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/sources/"))
                .contentType(ContentType.JSON)
                .body("name", equalTo(name))
                .body("slug", equalTo(name.toLowerCase().replace(".", "-").replace(" ", "-").replace("--", "-")))
                .body("kind", equalTo("INSTITUTION"))
                .body("aliases", contains("Pentagon", "DoD"))
                .body("country", equalTo("US"))
                .body("reliability", equalTo("B"))
                .body("reliabilityMeaning", equalTo("Usually reliable"))
                .body("stateAffiliated", equalTo(true))
                .body("archived", equalTo(false))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        String slug = created.path("slug");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/sources/" + id));

        given().get("/sources/" + id).then().statusCode(200).header("ETag", "\"0\"").body("slug", equalTo(slug));
        given().get("/sources/" + slug).then().statusCode(200).body("id", equalTo(id))
                .body("homepage", equalTo("https://www.defense.gov"));
        given().header("If-None-Match", "\"0\"").get("/sources/" + slug).then().statusCode(304);
    }

    @Test
    void defaultsReliabilityToFAndDerivesSlugWithoutAccents() {
        String name = Fixtures.unique("Agência Pública");
        Fixtures.post(Fixtures.source(name, "OUTLET")).statusCode(201)
                .body("reliability", equalTo("F"))
                .body("reliabilityMeaning", equalTo("Reliability cannot be judged"))
                .body("slug", equalTo(name.toLowerCase().replace("ê", "e").replace("ú", "u").replace(" ", "-")))
                .body("stateAffiliated", equalTo(false))
                .body("aliases", empty());
    }

    @Test
    void unknownSourceIs404Problem() {
        given().get("/sources/no-such-source").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("no-such-source"))
                .body("instance", equalTo("/sources/no-such-source"));
        given().get("/sources/6f1c1a52-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void duplicateSlugIs409() {
        String slug = "dup-" + Fixtures.unique("x").replace(" ", "").toLowerCase();
        Map<String, Object> body = Fixtures.source("First", "OUTLET");
        body.put("slug", slug);
        String first = Fixtures.create(body);
        Map<String, Object> again = Fixtures.source("Second", "OUTLET");
        again.put("slug", slug);
        Fixtures.post(again).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(slug))
                .body("existingId", equalTo(first));
    }

    @Test
    void updateNeedsCurrentIfMatch() {
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("TV Chosun"), "OUTLET"));
        Map<String, Object> change = Fixtures.source("TV Chosun", "OUTLET");
        change.put("country", "KR");
        change.put("aliases", List.of("TV조선"));

        given().contentType(ContentType.JSON).body(change).put("/sources/" + id).then()
                .statusCode(428).contentType("application/problem+json").body("detail", containsString("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(change).put("/sources/" + id).then()
                .statusCode(412).contentType("application/problem+json").body("currentETag", equalTo("\"0\""));
        given().contentType(ContentType.JSON).header("If-Match", "zero").body(change).put("/sources/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("If-Match"));

        String slug = given().get("/sources/" + id).then().extract().path("slug");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/sources/" + id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("TV Chosun"))
                .body("slug", equalTo(slug))
                .body("country", equalTo("KR"))
                .body("aliases", contains("TV조선"))
                .body("version", equalTo(1));
        given().get("/sources/" + id).then().body("country", equalTo("KR")).body("version", equalTo(1));
    }

    @Test
    void updateOfUnknownSourceIs404AndBadIdIs400() {
        Map<String, Object> change = Fixtures.source("Nobody", "OUTLET");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .put("/sources/6f1c1a52-0000-4000-8000-000000000000").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .put("/sources/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void deleteArchivesAndListingsHideArchivedUnlessAsked() {
        String marker = Fixtures.unique("Archivable Outlet");
        String id = Fixtures.create(Fixtures.source(marker, "OUTLET"));
        given().queryParam("q", marker).get("/sources").then().body("items.id", hasItem(id));

        given().header("If-Match", "\"5\"").delete("/sources/" + id).then().statusCode(412);
        given().queryParam("reason", "merged into another record").delete("/sources/" + id).then().statusCode(200)
                .body("archived", equalTo(true))
                .body("archivedReason", equalTo("merged into another record"));
        given().get("/sources/" + id).then().statusCode(200).body("archived", equalTo(true));
        given().queryParam("q", marker).get("/sources").then().body("items.id", not(hasItem(id))).body("total", equalTo(0));
        given().queryParam("q", marker).queryParam("includeArchived", "true").get("/sources").then()
                .body("items.id", hasItem(id));
        // Archiving twice changes nothing.
        given().delete("/sources/" + id).then().statusCode(200).body("archivedReason", equalTo("merged into another record"));
    }

    @Test
    void slugCanBeChangedButNotToATakenOne() {
        String a = Fixtures.create(Fixtures.source(Fixtures.unique("Outlet A"), "OUTLET"));
        String bSlug = given().get("/sources/" + Fixtures.create(Fixtures.source(Fixtures.unique("Outlet B"), "OUTLET")))
                .then().extract().path("slug");
        Map<String, Object> change = Fixtures.source("Outlet A", "OUTLET");
        change.put("slug", bSlug);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/sources/" + a).then()
                .statusCode(409);
        change.put("slug", "renamed-" + a.substring(0, 8));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/sources/" + a).then()
                .statusCode(200).body("slug", equalTo("renamed-" + a.substring(0, 8)));
        given().get("/sources/renamed-" + a.substring(0, 8)).then().statusCode(200).body("id", equalTo(a))
                .body("archivedReason", nullValue());
    }
}
