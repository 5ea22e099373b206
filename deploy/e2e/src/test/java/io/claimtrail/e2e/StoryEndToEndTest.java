package io.claimtrail.e2e;

import io.claimtrail.stack.ClaimtrailStack;
import io.claimtrail.stack.ServiceProcess;
import io.claimtrail.stack.Tokens;
import io.claimtrail.tokens.Role;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo story through the three packaged services, each its own process trusting one key pair: import, entries,
 * exports, tokens refused at every hop, the audit trail across hops, and a degraded answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryEndToEndTest {

    private static final String SLUG = "nk-troops-ukraine-2024";
    private static final String ENTRIES = "/timelines/" + SLUG + "/entries";
    private static final String IMPORTER = "importer@newsroom.example";
    private static final Duration DEGRADED_LIMIT = Duration.ofSeconds(30);
    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 90_000));

    private static Path root;
    private static ClaimtrailStack stack;
    private static ServiceProcess sources;
    private static ServiceProcess claims;
    private static ServiceProcess timelines;
    private static Tokens tokens;
    /** The bundle ref of each id the first import reported, so that entries can be compared by ref. */
    private static final Map<String, String> REF_BY_ID = new HashMap<>();
    private static JsonPath firstImport;

    @BeforeAll
    static void startEverything() throws Exception {
        root = Path.of(System.getProperty("claimtrail.root", "../..")).toAbsolutePath().normalize();
        Path logs = root.resolve("deploy/e2e/target/e2e-logs");
        tokens = new Tokens(root.resolve("deploy/e2e/target/e2e-jwt"));
        stack = ClaimtrailStack.start(root, logs, tokens.publicKey());
        sources = stack.sources();
        claims = stack.claims();
        timelines = stack.timelines();
    }

    /** Services first, so that none loses its database while still serving; every one is stopped even if one fails. */
    @AfterAll
    static void stopEverything() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void importsTheDemoBundleTwice() throws Exception {
        byte[] bundle = Files.readAllBytes(root.resolve("deploy/demo/nk-troops-2024-07-02.json"));
        firstImport = importBundle(bundle);
        assertEquals(List.of("us-dod", "sabrina-singh", "tv-chosun", "white-house", "john-kirby", "associated-press",
                "article"), firstImport.getList("sources.ref"));
        assertEquals(List.of("tvc-deployment-plan", "tvc-reconstruction", "tvc-pact-link", "singh-no-evidence",
                "singh-military-support", "dod-no-evidence", "dod-military-aid", "kirby-concern"),
                firstImport.getList("claims.ref"));
        assertEquals(List.of("putin-arrives-north-korea", "mutual-assistance-pact-signed",
                "pentagon-briefing-2024-07-01"), firstImport.getList("events.ref"));
        assertEquals(1, firstImport.getList("transitions").size());
        assertEquals(3, firstImport.getList("relations").size());
        assertEquals(SLUG, firstImport.getString("timeline.ref"));
        assertEquals(List.of("CREATED"), outcomes(firstImport).stream().distinct().toList());
        for (String part : List.of("sources", "claims", "events")) {
            List<String> refs = firstImport.getList(part + ".ref");
            List<String> ids = firstImport.getList(part + ".id");
            for (int i = 0; i < refs.size(); i++) {
                REF_BY_ID.put(ids.get(i), refs.get(i));
            }
        }

        JsonPath second = importBundle(bundle);
        assertEquals(List.of("MATCHED"), outcomes(second).stream().distinct().toList());
        for (String part : List.of("sources", "claims", "transitions", "relations", "events")) {
            assertEquals(firstImport.getList(part + ".id"), second.getList(part + ".id"), part + ": the same records");
        }
        assertEquals(firstImport.getString("timeline.id"), second.getString("timeline.id"));
    }

    @Test
    @Order(2)
    void entriesInChronologicalOrder() {
        JsonPath entries = entries(null);
        assertEquals(SLUG, entries.getString("slug"));
        assertEquals("North Korean troops for Russia's war in Ukraine?", entries.getString("title"));
        assertEquals(false, entries.getBoolean("degraded"));
        assertEquals(List.of(), entries.getList("warnings"));
        assertEntries(Story.ALL, entries);

        // Names, kinds and reliability come from the sources service, relations and statuses from the claims service.
        assertEquals(Map.of("id", firstImport.getString("sources.find { it.ref == 'john-kirby' }.id"),
                "name", "John Kirby", "kind", "PERSON", "reliability", "F"), entries.getMap("entries[0].source"));
        assertEquals(4, entries.getInt("entries[3].credibility"));
        assertEquals(List.of(Map.of("type", "NO_EVIDENCE_FOR", "direction", "INCOMING",
                "otherClaimId", claimId("singh-no-evidence"))), relations(entries, 3));
        assertEquals(List.of(Map.of("type", "DUPLICATES", "direction", "INCOMING",
                "otherClaimId", claimId("dod-no-evidence")), Map.of("type", "NO_EVIDENCE_FOR", "direction", "OUTGOING",
                "otherClaimId", claimId("tvc-deployment-plan"))), relations(entries, 8));
    }

    @Test
    @Order(3)
    void asOfTheDayBeforeTheBriefingOnlyTheJuneEvents() {
        JsonPath entries = entries("2024-06-30");
        assertEquals("2024-06-30", entries.getString("asOf"));
        assertEntries(Story.BEFORE_BRIEFING, entries);
    }

    @Test
    @Order(4)
    void asOfTheBriefingTheDeploymentClaimIsDisputed() {
        JsonPath entries = entries("2024-07-01");
        assertEquals("2024-07-01", entries.getString("asOf"));
        assertEntries(Story.BRIEFING_DAY, entries);
    }

    @Test
    @Order(5)
    void asOfTheArticleEverything() {
        JsonPath entries = entries("2024-07-02");
        assertEquals("2024-07-02", entries.getString("asOf"));
        assertEntries(Story.ALL, entries);
    }

    @Test
    @Order(6)
    void timelineJsExport() {
        List<String> entryIds = entries(null).getList("entries.id");
        timelines().get("/timelines/" + SLUG + "/timelinejs").then().statusCode(200)
                .body("title.text.headline", equalTo("North Korean troops for Russia's war in Ukraine?"))
                .body("title.text.text", startsWith("South Korean television channel TV Chosun reported"))
                .body("scale", equalTo("human"))
                .body("events", hasSize(11))
                .body("events.unique_id", equalTo(entryIds))
                .body("events.start_date.year", everyItem(equalTo(2024)))
                .body("events.find { it.text.headline.startsWith('John Kirby') }.display_date",
                        equalTo("no later than 2 July 2024"))
                .body("events.find { it.text.headline.startsWith('John Kirby') }.start_date",
                        equalTo(Map.of("year", 2024, "month", 7, "day", 2)))
                .body("events.findAll { it.text.headline.startsWith('TV Chosun') }.start_date",
                        contains(date(6, 19), date(6, 19), date(6, 19)))
                .body("events.findAll { it.text.headline.startsWith('TV Chosun') }.end_date",
                        contains(date(7, 1), date(7, 1), date(7, 1)))
                .body("events.findAll { it.group == 'Events' }.text.headline", contains(
                        "Putin arrives in North Korea for a state visit",
                        "Putin and Kim Jong-un sign a pact on immediate military assistance",
                        "Pentagon press briefing on North Korean troops"))
                .body("events.group", hasItem("Events"))
                .body("eras", hasSize(2))
                .body("eras.start_date", contains(date(6, 18), date(6, 19)))
                .body("eras.end_date", contains(date(6, 19), date(7, 2)))
                .body("eras.text.headline", contains("Putin's state visit to Pyongyang",
                        "After the mutual assistance pact"));
    }

    @Test
    @Order(7)
    void forgedExpiredAndMissingTokensAreRefusedAtEveryHop() {
        String claimId = claimId("singh-no-evidence");
        for (ServiceProcess service : List.of(sources, claims, timelines)) {
            String path = Map.of("sources", "/sources", "claims", "/claims/" + claimId, "timelines", ENTRIES)
                    .get(service.name());
            for (String authorization : List.of(tokens.forged(Role.ADMIN), tokens.expired(Role.ADMIN))) {
                given().config(TIMEOUTS).baseUri(service.url()).header("Authorization", authorization).get(path)
                        .then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", startsWith("Bearer"));
            }
            given().config(TIMEOUTS).baseUri(service.url()).get(path).then().statusCode(401)
                    .contentType("application/problem+json");
        }
        // A viewer reads the story through all three services, but may not import it.
        timelines().contentType(ContentType.JSON).body("{}").post("/timelines/import")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(8)
    void theImportersTokenReachedTheOtherServicesAndTheirAuditNamesThem() {
        String editor = tokens.bearer(Role.EDITOR, "auditor@newsroom.example");
        given().config(TIMEOUTS).baseUri(claims.url()).header("Authorization", editor)
                .get("/claims/" + claimId("singh-no-evidence") + "/audit")
                .then().statusCode(200).body("items.actor", everyItem(equalTo(IMPORTER)))
                .body("items.action", hasItem("created"));
        given().config(TIMEOUTS).baseUri(sources.url()).header("Authorization", editor)
                .get("/sources/" + firstImport.getString("sources.find { it.ref == 'us-dod' }.id") + "/audit")
                .then().statusCode(200).body("items.actor", contains(IMPORTER))
                .body("items.action", contains("created"));
        given().config(TIMEOUTS).baseUri(timelines.url()).header("Authorization", editor)
                .get("/timelines/" + SLUG + "/audit")
                .then().statusCode(200).body("items.actor", everyItem(equalTo(IMPORTER)))
                .body("items.size()", equalTo(4));
    }

    /**
     * The story's past through timelines, at controlled recorded moments: a re-rating of TV Chosun, an edit, an
     * archive, a back-dated correction and a withdrawn transition, each read back at the (asOf, knownAt) points
     * around it: every claim, source and rating as it then stood, across the three services.
     */
    @Test
    @Order(9)
    void theStoryAsItWasRecordedAtEachMoment() throws Exception {
        String historian = tokens.bearer(Role.ADMIN, "historian@newsroom.example");
        String chosun = firstImport.getString("sources.find { it.ref == 'tv-chosun' }.id");
        String reconstruction = claimId("tvc-reconstruction");
        String pactLink = claimId("tvc-pact-link");
        Instant t0 = moment();

        // Re-rated: not usually reliable from 2 July 2024.
        given().config(TIMEOUTS).baseUri(sources.url()).header("Authorization", historian)
                .header("If-Match", etag(sources, "/sources/" + chosun)).contentType(ContentType.JSON)
                .body(Map.of("reliability", "D", "effectiveOn", "2024-07-02", "reason", "Report not borne out"))
                .post("/sources/" + chosun + "/ratings").then().statusCode(200).body("reliability", equalTo("D"));
        Instant t1 = moment();
        // Edited: the reconstruction claim's wording.
        Map<String, Object> draft = claimDraft(historian, reconstruction);
        draft.put("text", "North Korean engineers would help rebuild Donetsk.");
        given().config(TIMEOUTS).baseUri(claims.url()).header("Authorization", historian)
                .header("If-Match", etag(claims, "/claims/" + reconstruction)).contentType(ContentType.JSON).body(draft)
                .put("/claims/" + reconstruction).then().statusCode(200);
        Instant t2 = moment();
        // Archived: the pact link, entered twice by mistake.
        given().config(TIMEOUTS).baseUri(claims.url()).header("Authorization", historian)
                .queryParam("reason", "entered twice").delete("/claims/" + pactLink).then().statusCode(200);
        Instant t3 = moment();
        // Corroborated on 2 July, then learned later: disputed on 30 June already (back-dated before it).
        transition(historian, reconstruction, Map.of("to", "CORROBORATED", "credibility", 3, "reason", "Seoul agrees",
                "effectiveOn", "2024-07-02"));
        Instant t4 = moment();
        transition(historian, reconstruction, Map.of("to", "DISPUTED", "credibility", 4, "reason", "Kyiv denied it",
                "effectiveOn", "2024-06-30"));
        Instant t5 = moment();
        // The corroboration was misread: withdrawn, and kept.
        String corroboration = given().config(TIMEOUTS).baseUri(claims.url()).header("Authorization", historian)
                .get("/claims/" + reconstruction + "/history").then().extract().path("find { it.to == 'CORROBORATED' }.id");
        given().config(TIMEOUTS).baseUri(claims.url()).header("Authorization", historian)
                .header("If-Match", etag(claims, "/claims/" + reconstruction)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Seoul's statement was about another unit"))
                .post("/claims/" + reconstruction + "/transitions/" + corroboration + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("DISPUTED"));
        Instant t6 = moment();

        String deployment = claimId("tvc-deployment-plan");
        // (asOf, knownAt) -> TV Chosun's reliability, the reconstruction claim's status and text, the pact link shown
        assertStory("2024-07-02", t0, "F", "UNVERIFIED", "The North Korean engineering troops", true);
        assertStory("2024-07-01", t1, "F", "UNVERIFIED", "The North Korean engineering troops", true);
        assertStory("2024-07-02", t1, "D", "UNVERIFIED", "The North Korean engineering troops", true);
        assertStory("2024-07-02", t2, "D", "UNVERIFIED", "North Korean engineers would help", true);
        assertStory("2024-07-02", t3, "D", "UNVERIFIED", "North Korean engineers would help", false);
        assertStory("2024-07-02", t4, "D", "CORROBORATED", "North Korean engineers would help", false);
        assertStory("2024-07-01", t4, "F", "UNVERIFIED", "North Korean engineers would help", false);
        assertStory("2024-07-01", t5, "F", "DISPUTED", "North Korean engineers would help", false);
        assertStory("2024-07-02", t5, "D", "CORROBORATED", "North Korean engineers would help", false);
        assertStory("2024-07-02", t6, "D", "DISPUTED", "North Korean engineers would help", false);
        assertStory("2024-07-02", null, "D", "DISPUTED", "North Korean engineers would help", false);
        // Nothing else moved: the deployment plan stays DISPUTED as of the briefing at every moment.
        for (Instant moment : List.of(t0, t3, t6)) {
            assertEquals("DISPUTED", story("2024-07-01", moment).getString("entries.find { it.id == '" + deployment
                    + "' }.status"));
        }
    }

    @Test
    @Order(10)
    void withoutTheClaimsServiceADegradedAnswerWithTheEvents() throws Exception {
        claims.close();
        System.out.println("e2e: claims stopped");
        long started = System.nanoTime();
        JsonPath entries = entries(null);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("e2e: degraded answer after %d ms%n", took.toMillis());
        assertTrue(took.compareTo(DEGRADED_LIMIT) < 0, "answered after " + took.toMillis() + " ms");
        assertEquals(true, entries.getBoolean("degraded"));
        List<String> warnings = entries.getList("warnings");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("claims")), "warnings: " + warnings);
        assertEquals(3, entries.getInt("total"));
        assertEquals(List.of("EVENT", "EVENT", "EVENT"), entries.getList("entries.type"));
        assertEquals(List.of("putin-arrives-north-korea", "mutual-assistance-pact-signed",
                "pentagon-briefing-2024-07-01"), refs(entries));
    }

    private static Instant moment() throws InterruptedException {
        Thread.sleep(5);
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Thread.sleep(5);
        return now;
    }

    private static String etag(ServiceProcess service, String path) {
        return given().config(TIMEOUTS).baseUri(service.url()).header("Authorization", tokens.bearer(Role.VIEWER, "reader"))
                .get(path).then().statusCode(200).extract().header("ETag");
    }

    private static void transition(String authorization, String claimId, Map<String, Object> body) {
        given().config(TIMEOUTS).baseUri(claims.url()).header("Authorization", authorization)
                .header("If-Match", etag(claims, "/claims/" + claimId)).contentType(ContentType.JSON).body(body)
                .post("/claims/" + claimId + "/transitions").then().statusCode(200);
    }

    /** The claim as PUT takes it: its descriptive fields as GET shows them. */
    private static Map<String, Object> claimDraft(String authorization, String claimId) {
        Map<String, Object> shown = given().config(TIMEOUTS).baseUri(claims.url()).header("Authorization", authorization)
                .get("/claims/" + claimId).then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> draft = new HashMap<>();
        for (String field : List.of("text", "quote", "language", "sourceId", "statedOn", "kind", "resolvesBy", "topics")) {
            if (shown.get(field) != null) {
                draft.put(field, shown.get(field));
            }
        }
        List<Map<String, Object>> appearances = (List<Map<String, Object>>) shown.get("appearances");
        draft.put("appearances", appearances.stream().map(a -> {
            Map<String, Object> kept = new HashMap<>(a);
            kept.keySet().retainAll(List.of("url", "publisherId", "publishedOn", "retrievedAt", "quote"));
            return kept;
        }).toList());
        return draft;
    }

    private static JsonPath story(String asOf, Instant knownAt) {
        RequestSpecification request = timelines().queryParam("asOf", asOf);
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt.toString());
        }
        return request.get(ENTRIES).then().statusCode(200).body("degraded", equalTo(false)).extract().jsonPath();
    }

    private static void assertStory(String asOf, Instant knownAt, String chosunReliability, String reconstructionStatus,
            String reconstructionText, boolean pactLinkShown) {
        JsonPath entries = story(asOf, knownAt);
        String at = "as of " + asOf + ", known at " + knownAt + ": ";
        String reconstruction = "entries.find { it.id == '" + claimId("tvc-reconstruction") + "' }";
        assertEquals(chosunReliability, entries.getString(reconstruction + ".source.reliability"), at + "TV Chosun's rating");
        assertEquals(reconstructionStatus, entries.getString(reconstruction + ".status"), at + "the status");
        assertTrue(entries.getString(reconstruction + ".title").startsWith("TV Chosun: " + reconstructionText),
                at + entries.getString(reconstruction + ".title"));
        assertEquals(pactLinkShown, entries.getList("entries.id").contains(claimId("tvc-pact-link")),
                at + "the archived pact link");
    }

    /** As a viewer: reading the story needs no more. */
    private static RequestSpecification timelines() {
        return timelines(tokens.bearer(Role.VIEWER, "reader@newsroom.example"));
    }

    private static RequestSpecification timelines(String authorization) {
        return given().config(TIMEOUTS).baseUri(timelines.url()).header("Authorization", authorization);
    }

    private static JsonPath importBundle(byte[] bundle) {
        return timelines(tokens.bearer(Role.ADMIN, IMPORTER)).contentType(ContentType.JSON).body(bundle).post("/timelines/import")
                .then().statusCode(200).body("timeline.id", notNullValue()).extract().jsonPath();
    }

    private static JsonPath entries(String asOf) {
        RequestSpecification request = timelines();
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.get(ENTRIES).then().statusCode(200).extract().jsonPath();
    }

    private static void assertEntries(List<Story> expected, JsonPath actual) {
        List<String> refs = refs(actual);
        assertEquals(expected.stream().map(Story::ref).toList(), refs, "the entries, by bundle ref");
        assertEquals(expected.size(), actual.getInt("total"));
        assertEquals(expected.stream().map(Story::type).toList(), actual.getList("entries.type"));
        assertEquals(expected.stream().map(Story::date).toList(), actual.getList("entries.date"));
        assertEquals(expected.stream().map(Story::status).toList(), actual.getList("entries.status"));
        List<String> titles = actual.getList("entries.title");
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(titles.get(i).startsWith(expected.get(i).title()), "entry " + i + ": " + titles.get(i));
        }
    }

    private static List<String> refs(JsonPath entries) {
        List<String> ids = entries.getList("entries.id");
        return ids.stream().map(id -> REF_BY_ID.getOrDefault(id, id)).toList();
    }

    /** The relations of one entry without their own ids and notes, sorted by type. */
    private static List<Map<String, Object>> relations(JsonPath entries, int index) {
        List<Map<String, Object>> links = entries.getList("entries[" + index + "].relations");
        return links.stream()
                .map(link -> Map.of("type", link.get("type"), "direction", link.get("direction"),
                        "otherClaimId", link.get("otherClaimId")))
                .sorted((a, b) -> a.get("type").toString().compareTo(b.get("type").toString()))
                .toList();
    }

    private static String claimId(String ref) {
        return firstImport.getString("claims.find { it.ref == '" + ref + "' }.id");
    }

    private static Map<String, Integer> date(int month, int day) {
        return Map.of("year", 2024, "month", month, "day", day);
    }

    private static List<String> outcomes(JsonPath report) {
        List<String> all = new ArrayList<>();
        for (String part : List.of("sources", "claims", "transitions", "relations", "events")) {
            all.addAll(report.getList(part + ".outcome"));
        }
        all.add(report.getString("timeline.outcome"));
        return all;
    }
}
