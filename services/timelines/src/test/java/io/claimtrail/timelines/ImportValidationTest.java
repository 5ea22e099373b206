package io.claimtrail.timelines;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** A bundle that refers to something undefined is refused before anything is written, with every problem listed. */
@TimelinesTest
class ImportValidationTest {

    @BeforeEach
    void stubs() {
        Stubs.reset();
    }

    @Test
    void everyProblemIsListedAndNothingIsWritten() {
        String bundle = """
                {"format": "claimtrail-bundle/2",
                 "sources": [
                   {"ref": "tv-chosun", "name": "TV Chosun", "kind": "BROADCASTER"},
                   {"ref": "tv-chosun", "name": "Again", "kind": "OUTLET", "reliability": "G"},
                   {"ref": "singh", "name": "Sabrina Singh", "kind": "PERSON",
                    "affiliations": [{"parentRef": "pentagon", "from": "2023-13"}]}
                 ],
                 "claims": [
                   {"ref": "report", "sourceRef": "kbs", "text": "", "statedOn": "June 2024", "kind": "RUMOUR",
                    "credibility": 9, "transitions": [{"to": "FALSE", "effectiveOn": "2024-07-01", "evidenceClaimRef": "nope"}]}
                 ],
                 "relations": [{"fromRef": "report", "type": "LIKES", "toRef": "missing"}],
                 "timeline": {"slug": "bad-bundle", "title": "", "pinnedClaimRefs": ["ghost"], "topics": ["North Korea"],
                              "eras": [{"name": "e", "start": "2024-07/..", "end": "2024"}]},
                 "events": [{"ref": "pact", "title": "Pact", "occurred": "19 June", "sourceRefs": ["ap"], "claimRefs": ["report"]}]
                }""";
        given().contentType(ContentType.JSON).body(bundle).post("/timelines/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("format", "sources[0].kind", "sources[1].ref", "sources[1].reliability",
                        "sources[2].affiliations[0].parentRef", "sources[2].affiliations[0].from",
                        "claims[0].sourceRef", "claims[0].text", "claims[0].statedOn", "claims[0].kind",
                        "claims[0].credibility", "claims[0].transitions[0].to", "claims[0].transitions[0].reason",
                        "claims[0].transitions[0].evidenceClaimRef", "relations[0].type", "relations[0].toRef",
                        "timeline.title", "timeline.pinnedClaimRefs[0]", "timeline.topics[0]", "events[0].occurred",
                        "events[0].sourceRefs[0]"))
                .body("errors.find { it.field == 'claims[0].sourceRef' }.message", containsString("'kbs' names no source"))
                .body("errors.find { it.field == 'sources[1].ref' }.message", containsString("already defined at sources[0]"));
        org.hamcrest.MatcherAssert.assertThat("no call was made to the other services",
                Stubs.server().getAllServeEvents().size(), equalTo(0));
        given().get("/timelines/bad-bundle").then().statusCode(404);
    }

    @Test
    void cyclesAmongTheBundlesSourcesAreRefused() {
        String bundle = """
                {"format": "claimtrail-bundle/1",
                 "sources": [
                   {"ref": "a", "name": "A", "kind": "OFFICE", "affiliations": [{"parentRef": "b"}]},
                   {"ref": "b", "name": "B", "kind": "OFFICE", "affiliations": [{"parentRef": "a"}]}
                 ],
                 "claims": [], "timeline": {"slug": "cycle", "title": "Cycle"}}""";
        given().contentType(ContentType.JSON).body(bundle).post("/timelines/import").then().statusCode(400)
                .body("errors[0].field", equalTo("sources")).body("errors[0].message", containsString("cycle"));
    }

    @Test
    void nullEntriesAreProblemsNotFailures() {
        given().contentType(ContentType.JSON).body("""
                {"format": "claimtrail-bundle/1", "sources": [null], "claims": [null], "timeline": null}""")
                .post("/timelines/import").then().statusCode(400)
                .body("errors.field", hasItems("sources[0]", "claims[0]"));
        given().contentType(ContentType.JSON).body("""
                {"format": "claimtrail-bundle/1",
                 "sources": [{"ref": "a", "name": "A", "kind": "OUTLET", "aliases": [null], "affiliations": [null]}],
                 "claims": [{"ref": "c", "sourceRef": "a", "text": "t", "statedOn": "2024", "kind": "ASSERTION",
                             "topics": [null], "appearances": [null], "transitions": [null]}],
                 "timeline": {"title": "T", "eras": [null]}}""")
                .post("/timelines/import").then().statusCode(400)
                .body("errors.field", hasItems("sources[0].aliases[0]", "sources[0].affiliations[0]", "claims[0].topics[0]",
                        "claims[0].appearances[0]", "claims[0].transitions[0]", "timeline.eras[0]"));
        org.hamcrest.MatcherAssert.assertThat(Stubs.server().getAllServeEvents().size(), equalTo(0));
    }

    @Test
    void unknownFieldsAndMissingBodyAreRefused() {
        given().contentType(ContentType.JSON).body("{\"format\":\"claimtrail-bundle/1\",\"story\":{}}")
                .post("/timelines/import").then().statusCode(400).body("errors[0].field", equalTo("story"));
        given().contentType(ContentType.JSON).post("/timelines/import").then().statusCode(400);
    }

    @Test
    void theDemoBundleIsValidAndTheSchemaIsServed() throws Exception {
        given().get("/schemas/bundle.schema.json").then().statusCode(200)
                .body("$id", equalTo("urn:claimtrail:bundle:1"));
        String demo = Files.readString(Path.of("../../deploy/demo/nk-troops-2024-07-02.json"));
        // Valid: the import goes past validation and reaches the sources service, which the stub does not know.
        given().contentType(ContentType.JSON).body(demo).post("/timelines/import").then()
                .statusCode(org.hamcrest.Matchers.not(400));
    }

    @Test
    void sizeLimitsAndTextAreListedWithTheOtherProblems() {
        String bundle = """
                {"format": "claimtrail-bundle/1",
                 "sources": [{"ref": "s", "name": "S", "kind": "OUTLET", "aliases": ["ok", "%s"]}],
                 "claims": [],
                 "timeline": {"slug": "too-long", "title": "%s"},
                 "events": [{"ref": "e", "title": "Pact\\u202E", "occurred": "2024", "sourceRefs": ["ghost"]}]}"""
                .formatted("a".repeat(301), "t".repeat(301));
        given().contentType(ContentType.JSON).body(bundle).post("/timelines/import").then().statusCode(400)
                .body("errors.field", hasItems("sources[0].aliases[1]", "timeline.title", "events[0].title",
                        "events[0].sourceRefs[0]"))
                .body("errors.find { it.field == 'timeline.title' }.message", containsString("300"))
                .body("errors.find { it.field == 'events[0].title' }.message", containsString("U+202E"));
        org.hamcrest.MatcherAssert.assertThat(Stubs.server().getAllServeEvents().size(), equalTo(0));
    }
}
