package io.claimtrail.claims;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrail.testing.Replay;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.claimtrail.claims.SourcesStub.KIRBY;
import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replay equals snapshot: a random sequence of writes (create, edit, archive, transition, back-dated transition,
 * withdrawal, relation), the full API answers saved after each, then every answer asked again with knownAt = the
 * moment it was saved must equal its snapshot. The seed is fixed in CI ({@code -Dreplay.seed=} to try another; a
 * failure prints it).
 */
@ClaimsTest
class ReplayTest {

    private static final String[] WORDS = { "troops", "engineers", "Donetsk", "missiles", "shells", "border", "pact",
            "briefing", "evidence", "convoy" };
    private static final String[] STATUSES = { "CORROBORATED", "DISPUTED", "CONFIRMED", "REFUTED", "RETRACTED", "UNVERIFIED" };
    private static final UUID[] SOURCES = { TV_CHOSUN, PENTAGON, KIRBY };

    private final long seed = Long.getLong("replay.seed", 20241201L);
    private final int writes = Integer.getInteger("replay.writes", 45);
    private final Random random = new Random(seed);
    private final String topic = Claims.uniqueTopic();
    private final List<String> claims = new ArrayList<>();
    private final Map<String, Map<String, Object>> bodies = new HashMap<>();

    @Test
    void everyPastAnswerIsReadBackExactly() {
        Replay.run(writes, seed, this::write, this::readAll);
    }

    /** One random write; false when the service refused it (409 for an illegal move, say), which writes nothing. */
    private boolean write() {
        int kind = claims.size() < 3 ? 0 : random.nextInt(10);
        return switch (kind) {
            case 0, 1 -> create();
            case 2, 3 -> edit();
            case 4 -> archive();
            case 5, 6, 7 -> transition();
            case 8 -> withdraw();
            default -> relate();
        };
    }

    private boolean create() {
        Map<String, Object> body = body();
        Response response = given().contentType(ContentType.JSON).body(body).post("/claims");
        assertEquals(201, response.statusCode(), response.asString());
        String id = response.path("id");
        claims.add(id);
        bodies.put(id, body);
        return true;
    }

    private boolean edit() {
        String id = pick();
        Map<String, Object> body = body();
        body.put("sourceId", bodies.get(id).get("sourceId"));
        Response response = given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .put("/claims/" + id);
        return accepted(response);
    }

    private boolean archive() {
        String id = pick();
        if (Boolean.TRUE.equals(given().get("/claims/" + id).path("archived"))) {
            return false;
        }
        return accepted(given().queryParam("reason", "replay " + random.nextInt(100)).delete("/claims/" + id));
    }

    private boolean transition() {
        String id = pick();
        Map<String, Object> body = new HashMap<>();
        String to = STATUSES[random.nextInt(STATUSES.length)];
        body.put("to", to);
        if (to.equals("RETRACTED")) {
            body.put("evidenceUrl", "https://news.example/withdrawn-" + random.nextInt(100));
        }
        body.put("credibility", 1 + random.nextInt(6));
        body.put("reason", "replay");
        // often back-dated: anywhere from June to October 2024, whatever was recorded before
        body.put("effectiveOn", day(random.nextInt(130)));
        return accepted(given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .post("/claims/" + id + "/transitions"));
    }

    private boolean withdraw() {
        String id = pick();
        List<Map<String, Object>> history = given().get("/claims/" + id + "/history").path("$");
        List<String> candidates = history.stream().skip(1).filter(t -> !t.containsKey("withdrawn"))
                .map(t -> (String) t.get("id")).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        String transition = candidates.get(random.nextInt(candidates.size()));
        return accepted(given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("reason", "replay withdrawal"))
                .post("/claims/" + id + "/transitions/" + transition + "/withdrawal"));
    }

    private boolean relate() {
        String from = pick();
        String to = pick();
        if (from.equals(to)) {
            return false;
        }
        String type = random.nextBoolean() ? "SUPPORTS" : "CONTRADICTS";
        return accepted(given().contentType(ContentType.JSON).body(Map.of("type", type, "targetId", to))
                .post("/claims/" + from + "/relations"));
    }

    /** Every read of the claims at the moment (null: now), keyed by what was asked. */
    private Map<String, JsonNode> readAll(Instant knownAt) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String id : claims) {
            answers.put("claim " + id, read("/claims/" + id, knownAt));
            answers.put("history " + id, read("/claims/" + id + "/history", knownAt));
            answers.put("relations " + id, read("/claims/" + id + "/relations", knownAt));
            answers.put("claim " + id + " as of 2024-07-15", read("/claims/" + id + "?asOf=2024-07-15", knownAt));
        }
        answers.put("listing", read("/claims?size=200&topic=" + topic, knownAt));
        answers.put("listing with archived", read("/claims?size=200&includeArchived=true&topic=" + topic, knownAt));
        answers.put("listing disputed as of 2024-08-01", read("/claims?size=200&status=DISPUTED&asOf=2024-08-01&topic=" + topic, knownAt));
        answers.put("search", read("/claims?size=200&q=troops&topic=" + topic, knownAt));
        Map<String, Object> query = new HashMap<>(Map.of("topics", List.of(topic), "includeRelations", true,
                "includeHistory", true));
        if (knownAt != null) {
            query.put("knownAt", knownAt.toString());
        }
        answers.put("story", Replay.answer(given().contentType(ContentType.JSON).body(query).post("/claims/query")));
        return answers;
    }

    private static JsonNode read(String path, Instant knownAt) {
        var request = given();
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt.toString());
        }
        return Replay.answer(request.get(path));
    }

    private Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("text", WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                + random.nextInt(1000));
        body.put("sourceId", SOURCES[random.nextInt(SOURCES.length)].toString());
        body.put("statedOn", random.nextInt(5) == 0 ? "2024-07" : day(random.nextInt(60)));
        body.put("kind", random.nextBoolean() ? "ASSERTION" : "DENIAL");
        body.put("topics", random.nextInt(4) == 0 ? List.of(topic + "-other") : List.of(topic));
        if (random.nextBoolean()) {
            body.put("quote", "quote " + random.nextInt(1000));
        }
        if (random.nextBoolean()) {
            body.put("appearances", List.of(Map.of("url", "https://news.example/" + random.nextInt(1000),
                    "publishedOn", day(60 + random.nextInt(30)))));
        }
        return body;
    }

    private static String day(int afterFirstOfJune) {
        return LocalDate.of(2024, 6, 1).plusDays(afterFirstOfJune).toString();
    }

    private String pick() {
        return claims.get(random.nextInt(claims.size()));
    }

    private static String etag(String id) {
        return "\"" + Claims.version(id) + "\"";
    }

    private static boolean accepted(Response response) {
        int status = response.statusCode();
        assertTrue(status < 300 || status == 409, status + ": " + response.asString());
        return status < 300;
    }
}
