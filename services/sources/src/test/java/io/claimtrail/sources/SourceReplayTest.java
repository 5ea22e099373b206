package io.claimtrail.sources;

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

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replay equals snapshot for sources: a random sequence of writes (create, replace with new names, aliases, slugs
 * and affiliations, archive, re-rate through PUT, dated and back-dated ratings), every read saved after each, then
 * read again as known at that moment. Fixed seed ({@code -Dreplay.seed=} for another; a failure prints it).
 */
@SourcesTest
class SourceReplayTest {

    private static final String[] LETTERS = { "A", "B", "C", "D", "E", "F" };

    private final long seed = Long.getLong("replay.seed", 20241202L);
    private final int writes = Integer.getInteger("replay.writes", 30);
    private final Random random = new Random(seed);
    private final String tag = Fixtures.unique("replay").replace(' ', '-').toLowerCase();
    private final List<String> sources = new ArrayList<>();

    @Test
    void everyPastAnswerIsReadBackExactly() {
        Replay.run(writes, seed, this::write, this::readAll);
    }

    private boolean write() {
        int kind = sources.size() < 3 ? 0 : random.nextInt(8);
        return switch (kind) {
            case 0, 1 -> create();
            case 2, 3 -> replace();
            case 4 -> archive();
            default -> rate();
        };
    }

    private boolean create() {
        Response response = given().contentType(ContentType.JSON).body(body(null)).post("/sources");
        assertEquals(201, response.statusCode(), response.asString());
        sources.add(response.path("id"));
        return true;
    }

    private boolean replace() {
        String id = pick();
        Map<String, Object> body = body(id);
        if (random.nextBoolean()) {
            body.put("reliability", LETTERS[random.nextInt(LETTERS.length)]);
        }
        return accepted(given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body).put("/sources/" + id));
    }

    private boolean archive() {
        String id = pick();
        if (Boolean.TRUE.equals(given().get("/sources/" + id).path("archived"))) {
            return false;
        }
        return accepted(given().queryParam("reason", "replay").delete("/sources/" + id));
    }

    private boolean rate() {
        String id = pick();
        Map<String, Object> body = new HashMap<>(Map.of("reliability", LETTERS[random.nextInt(LETTERS.length)],
                "reason", "replay " + random.nextInt(100)));
        if (random.nextInt(4) > 0) {
            body.put("effectiveOn", LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300)).toString());
        }
        return accepted(given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .post("/sources/" + id + "/ratings"));
    }

    /** Every read at the moment (null: now), keyed by what was asked. */
    private Map<String, JsonNode> readAll(Instant knownAt) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String id : sources) {
            answers.put("source " + id, read("/sources/" + id, knownAt));
            answers.put("source " + id + " as of 2024-06-01", read("/sources/" + id + "?asOf=2024-06-01", knownAt));
            answers.put("ratings " + id, read("/sources/" + id + "/ratings", knownAt));
            answers.put("affiliations " + id, read("/sources/" + id + "/affiliations", knownAt));
            answers.put("members " + id, read("/sources/" + id + "/members", knownAt));
        }
        for (String id : sources) {
            Map<String, Object> lookup = new HashMap<>(Map.of("ids", List.of(id), "asOf", "2024-08-01"));
            if (knownAt != null) {
                lookup.put("knownAt", knownAt.toString());
            }
            answers.put("lookup of " + id, Replay.answer(given().contentType(ContentType.JSON).body(lookup)
                    .post("/sources/lookup")));
        }
        return answers;
    }

    private static JsonNode read(String path, Instant knownAt) {
        var request = given();
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt.toString());
        }
        return Replay.answer(request.get(path));
    }

    /** A source of this run with a random name, aliases, slug and (when there are others) an affiliation. */
    private Map<String, Object> body(String self) {
        String name = "Replay " + tag + " " + random.nextInt(1000);
        Map<String, Object> body = Fixtures.source(name, random.nextBoolean() ? "OUTLET" : "PERSON");
        body.put("slug", tag + "-" + random.nextInt(1_000_000));
        body.put("aliases", random.nextBoolean() ? List.of("alias " + random.nextInt(100)) : List.of());
        List<String> others = sources.stream().filter(id -> !id.equals(self)).toList();
        if (!others.isEmpty() && random.nextBoolean() && self == null) {
            body.put("affiliations", List.of(Fixtures.affiliation(others.get(random.nextInt(others.size())), "member",
                    "2023", null)));
        }
        return body;
    }

    private String pick() {
        return sources.get(random.nextInt(sources.size()));
    }

    private static String etag(String id) {
        return given().get("/sources/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static boolean accepted(Response response) {
        int status = response.statusCode();
        assertTrue(status < 300 || status == 409, status + ": " + response.asString());
        return status < 300;
    }
}
