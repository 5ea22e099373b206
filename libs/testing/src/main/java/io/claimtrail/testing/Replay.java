package io.claimtrail.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replay equals snapshot: the full answers of a service's reads saved after each write, then read again "as known
 * at" the moment each was saved, must be equal. The echo of the question (asOf, knownAt) and a problem's instance
 * are all a past answer may differ in.
 */
public final class Replay {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answers of every read at one moment, by what was asked. */
    public record Snapshot(Instant at, Map<String, JsonNode> answers) {
    }

    private Replay() {
    }

    /**
     * A moment strictly between the writes before and after it: the services' clock keeps microseconds, and the
     * tests share the machine's clock with them.
     */
    public static Instant moment() {
        try {
            Thread.sleep(3);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Thread.sleep(3);
            return now;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status and body of an answer, without the echo of the question. */
    public static JsonNode answer(Response response) {
        try {
            JsonNode body = JSON.readTree(response.asString());
            removeEchoes(body);
            ObjectNode answer = JSON.createObjectNode();
            answer.put("status", response.statusCode());
            answer.set("body", body);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes {@code writes} accepted writes ({@code write} answers false for one the service refused, which wrote
     * nothing; at most four tries per write), saves {@code readAt(null)} after each, then checks every snapshot.
     */
    public static void run(int writes, long seed, BooleanSupplier write, Function<Instant, Map<String, JsonNode>> readAt) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (int attempt = 0; snapshots.size() < writes && attempt < writes * 4; attempt++) {
            if (write.getAsBoolean()) {
                snapshots.add(new Snapshot(moment(), readAt.apply(null)));
            }
        }
        assertTrue(snapshots.size() == writes, "seed " + seed + ": only " + snapshots.size() + " of " + writes
                + " writes were accepted");
        assertReplays(snapshots, readAt, seed);
    }

    /** Every snapshot's answers read again with {@code readAt(snapshot.at())} must equal it. */
    public static void assertReplays(List<Snapshot> snapshots, Function<Instant, Map<String, JsonNode>> readAt,
            long seed) {
        for (int i = 0; i < snapshots.size(); i++) {
            Snapshot snapshot = snapshots.get(i);
            Map<String, JsonNode> replayed = readAt.apply(snapshot.at());
            for (Map.Entry<String, JsonNode> saved : snapshot.answers().entrySet()) {
                assertEquals(saved.getValue(), replayed.get(saved.getKey()), "seed " + seed + ", after write " + (i + 1)
                        + " (knownAt " + snapshot.at() + "): " + saved.getKey());
            }
        }
    }

    private static void removeEchoes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("knownAt");
            object.remove("asOf");
            object.remove("instance");
        }
        node.forEach(Replay::removeEchoes);
    }
}
