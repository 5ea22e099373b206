package io.claimtrail.timelines;

import io.claimtrail.testing.AsRole;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /timelines/extract: the seed story's candidates, their speakers and matches, and every refusal. */
@TimelinesTest
@AsRole(Role.ANALYST)
class ExtractTest {

    static final String SEED = "../../libs/extraction/src/test/resources/articles/nk-troops-2024-07-02.txt";

    @BeforeEach
    void stubs() {
        Stubs.reset();
    }

    static String seed() throws Exception {
        return Files.readString(Path.of(SEED));
    }

    static Map<String, Object> article(String text, String publishedOn) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("text", text);
        if (publishedOn != null) {
            body.put("publishedOn", publishedOn);
        }
        body.put("url", "https://example.org/pentagon-no-signs");
        body.put("title", "Pentagon: No signs of North Korean troops in Ukraine despite media reports");
        return body;
    }

    @Test
    void theSeedStoryYieldsItsCandidatesResolvedInOneCallEach() throws Exception {
        JsonPath answer = given().contentType(ContentType.JSON).body(article(seed(), "2024-07-02"))
                .post("/timelines/extract").then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> singh = answer.getList("candidates.findAll { it.speaker?.name == 'Sabrina Singh' }");
        assertEquals(2, singh.size(), "Singh's quotes");
        String first = "candidates.find { it.speaker?.name == 'Sabrina Singh' }";
        assertEquals("DIRECT", answer.getString(first + ".mode"));
        assertEquals("I don’t have anything for you on that.", answer.getString(first + ".quote"));
        assertEquals("NO_EVIDENCE", answer.getString(first + ".claimKind"));
        assertEquals("2024-07-01", answer.getString(first + ".statedOn"));
        assertEquals("RESOLVED", answer.getString(first + ".resolution.status"));
        assertEquals(Stubs.SINGH.toString(), answer.getString(first + ".resolution.candidates[0].id"));
        assertEquals("Deputy Pentagon Press Secretary", answer.getString(first + ".resolution.role"));
        // spans in code points cut the same text out of the article
        int start = answer.getInt(first + ".content.start");
        int end = answer.getInt(first + ".content.end");
        String text = seed();
        assertEquals(answer.getString(first + ".content.text"),
                text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));

        String chosun = "candidates.find { it.speaker?.name == 'TV Chosun' }";
        assertEquals("INDIRECT", answer.getString(chosun + ".mode"));
        assertEquals("FORECAST", answer.getString(chosun + ".claimKind"));
        assertEquals("../2024-07-02", answer.getString(chosun + ".statedOn"));
        assertEquals(Stubs.TV_CHOSUN.toString(), answer.getString(chosun + ".resolution.candidates[0].id"));

        String kirby = "candidates.find { it.speaker?.name == 'John Kirby' }";
        assertTrue(answer.getString(kirby + ".content.text").startsWith("the strengthening ties"));
        assertEquals("PROPOSED", answer.getString(kirby + ".resolution.status"));
        assertEquals("PERSON", answer.getString(kirby + ".resolution.proposed.kind"));

        String media = "candidates.find { it.speaker?.anonymous == true }";
        assertEquals("ANONYMOUS", answer.getString(media + ".resolution.status"));

        // claims without /claims/similar yet: the candidates still come, each marked, and the answer says so
        assertEquals(true, answer.getBoolean("degraded"));
        assertTrue(answer.getString("warnings[0]").contains("404"), answer.getString("warnings[0]"));
        assertEquals(List.of(false), answer.getList("candidates.matches.available").stream().distinct().toList());
        assertTrue(answer.getString(first + ".matches.reason").contains("/claims/similar"));

        Stubs.server().verify(1, postRequestedFor(urlEqualTo("/sources/match")));
        Stubs.server().verify(1, postRequestedFor(urlEqualTo("/claims/similar")));
        // the same speaker, title and date asked once; anonymous speakers never
        String asked = Stubs.server().findAll(postRequestedFor(urlEqualTo("/sources/match"))).get(0).getBodyAsString();
        assertEquals(asked.indexOf("\"Sabrina Singh\""), asked.lastIndexOf("\"Sabrina Singh\""), asked);
        assertFalse(asked.contains("South Korean media"), asked);
    }

    @Test
    void claimMatchesComeBackPerCandidate() throws Exception {
        String match = """
                {"items": [{"index": 0, "matches": [{"claimId": "00000000-0000-4000-8000-0000000000c1",
                  "text": "There is currently no evidence", "sourceId": "%s", "statedOn": "2024-07-01",
                  "similarity": 0.8, "textRank": 0.5, "score": 0.74, "oppositePolarity": false, "duplicate": true}]}]}"""
                .formatted(Stubs.SINGH);
        Stubs.server().stubFor(post(urlEqualTo("/claims/similar")).willReturn(okJson(match)));
        JsonPath answer = given().contentType(ContentType.JSON).body(article(seed(), "2024-07-02"))
                .post("/timelines/extract").then().statusCode(200).extract().jsonPath();
        assertEquals(false, answer.getBoolean("degraded"));
        assertEquals(true, answer.getBoolean("candidates[0].matches.available"));
        assertEquals("00000000-0000-4000-8000-0000000000c1", answer.getString("candidates[0].matches.items[0].claimId"));
        assertEquals(true, answer.getBoolean("candidates[0].matches.items[0].duplicate"));
        assertEquals(List.of(), answer.getList("candidates[1].matches.items"));
        String asked = Stubs.server().findAll(postRequestedFor(urlEqualTo("/claims/similar"))).get(0).getBodyAsString();
        assertTrue(asked.contains("\"windowDays\":30") && asked.contains(Stubs.SINGH.toString()), asked);
    }

    @Test
    void servicesDownDegradeTheAnswerInsteadOfFailingIt() throws Exception {
        Stubs.server().stubFor(post(urlEqualTo("/sources/match")).willReturn(serverError()));
        Stubs.server().stubFor(post(urlEqualTo("/claims/similar")).willReturn(serverError()));
        JsonPath answer = given().contentType(ContentType.JSON).body(article(seed(), "2024-07-02"))
                .post("/timelines/extract").then().statusCode(200).extract().jsonPath();
        assertEquals(true, answer.getBoolean("degraded"));
        assertEquals(2, answer.getList("warnings").size());
        String first = "candidates.find { it.speaker?.name == 'Sabrina Singh' }";
        assertEquals("UNAVAILABLE", answer.getString(first + ".resolution.status"));
        assertTrue(answer.getString(first + ".resolution.reason").contains("sources service is unavailable"));
        assertTrue(answer.getString(first + ".matches.reason").contains("claims service is unavailable"));
        assertEquals("NO_EVIDENCE", answer.getString(first + ".claimKind"));
    }

    @Test
    void badArticlesAreRefusedNamingTheField() throws Exception {
        given().contentType(ContentType.JSON).body(article("  ", "2024-07-02")).post("/timelines/extract")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body(article("a ".repeat(100_001), "2024-07-02")).post("/timelines/extract")
                .then().statusCode(413).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body(article("The minister said \u0000 that it was so.", "2024-07-02"))
                .post("/timelines/extract").then().statusCode(400).body("errors[0].field", equalTo("text"))
                .body("detail", containsString("U+0000"));
        given().contentType(ContentType.JSON).body(article(seed(), null)).post("/timelines/extract")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedOn"));
        given().contentType(ContentType.JSON).body(article("Le ministre a déclaré lundi que les troupes ne sont pas "
                        + "encore arrivées dans la région et que la situation reste calme.", "2024-07-02"))
                .post("/timelines/extract").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("English")).body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body(article(seed(), "2 July 2024")).post("/timelines/extract")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedOn"));
        Map<String, Object> unknown = article(seed(), "2024-07-02");
        unknown.put("author", "x");
        given().contentType(ContentType.JSON).body(unknown).post("/timelines/extract")
                .then().statusCode(400).body("errors[0].field", equalTo("author"));
        assertEquals(0, Stubs.server().getAllServeEvents().size(), "nothing asked of the other services");
    }

    @Test
    @AsRole(Role.VIEWER)
    void aViewerMayNotExtract() throws Exception {
        given().contentType(ContentType.JSON).body(article(seed(), "2024-07-02")).post("/timelines/extract")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
