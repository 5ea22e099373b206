package io.claimtrail.timelines.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.testing.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimtrail.testing.MigrationDatabase.rows;
import static io.claimtrail.testing.MigrationDatabase.withoutNewColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * V3 on a database filled before it (the demo story's timeline with its topics, pinned claim and eras, and its
 * events with their sources, one of them archived): nothing is lost, and every timeline and event gets its first
 * version equal to it as it is, recorded from its creation.
 */
class VersionsMigrationTest {

    private static final Path BUNDLE = Path.of("../../deploy/demo/nk-troops-2024-07-02.json");
    private static final String TIMELINES = "SELECT t.*, (SELECT array_agg(topic ORDER BY position) FROM timeline_topic "
            + "WHERE timeline_id = t.id) AS topic_rows, (SELECT array_agg(name || start_text || end_text ORDER BY position) "
            + "FROM timeline_era WHERE timeline_id = t.id) AS era_rows FROM timeline t ORDER BY t.id";
    private static final String EVENTS = "SELECT e.*, coalesce((SELECT array_agg(source_id ORDER BY position) FROM "
            + "event_source WHERE event_id = e.id), '{}') AS source_rows FROM event e ORDER BY e.id";

    @RegisterExtension
    static final MigrationDatabase database = new MigrationDatabase();

    @Test
    void everyTimelineAndEventKeepsItsStateAndGetsItsFirstVersion() throws Exception {
        database.migrate("2");
        Instant created = Instant.parse("2024-07-03T08:00:00Z");
        try (Connection db = database.connect()) {
            JsonNode bundle = new ObjectMapper().readTree(BUNDLE.toFile());
            UUID timeline = fill(db, bundle, created);
            List<Map<String, Object>> timelinesBefore = rows(db, TIMELINES);
            List<Map<String, Object>> eventsBefore = rows(db, EVENTS);

            database.migrate("latest");

            List<Map<String, Object>> timelinesAfter = withoutNewColumns(rows(db, TIMELINES), timelinesBefore);
            assertEquals(timelinesBefore, timelinesAfter);
            List<Map<String, Object>> eventsAfter = withoutNewColumns(rows(db, EVENTS), eventsBefore);
            assertEquals(eventsBefore, eventsAfter);

            Map<String, Object> version = rows(db, "SELECT * FROM timeline_version").get(0);
            assertEquals(timeline, version.get("id"));
            assertEquals(timelinesBefore.get(0).get("topic_rows"), version.get("topics"));
            assertEquals(timelinesBefore.get(0).get("title"), version.get("title"));
            assertEquals(1, ((List<?>) version.get("pinned_claim_ids")).size());
            assertEquals(timelinesBefore.get(0).get("created_at"), version.get("recorded_from"));
            assertNull(version.get("recorded_to"));
            List<Map<String, Object>> eventVersions = rows(db, "SELECT * FROM event_version ORDER BY id");
            assertEquals(eventsBefore.size(), eventVersions.size());
            for (int i = 0; i < eventsBefore.size(); i++) {
                for (String column : List.of("id", "timeline_id", "title", "occurred", "occurred_earliest",
                        "occurred_latest", "archived", "created_at", "updated_at", "version")) {
                    assertEquals(eventsBefore.get(i).get(column), eventVersions.get(i).get(column), column);
                }
                assertEquals(eventsBefore.get(i).get("source_rows"), eventVersions.get(i).get("source_ids"));
            }
        }
    }

    private static UUID fill(Connection db, JsonNode bundle, Instant created) throws Exception {
        UUID timeline = UUID.randomUUID();
        JsonNode story = bundle.get("timeline");
        execute(db, "INSERT INTO timeline (id, slug, title, summary, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)",
                timeline, story.get("slug").asText(), story.get("title").asText(), story.path("summary").asText(null),
                Timestamp.from(created), Timestamp.from(created));
        int position = 0;
        for (JsonNode topic : story.get("topics")) {
            execute(db, "INSERT INTO timeline_topic (timeline_id, position, topic) VALUES (?, ?, ?)", timeline,
                    position++, topic.asText());
        }
        execute(db, "INSERT INTO timeline_pinned_claim (timeline_id, position, claim_id) VALUES (?, 0, ?)", timeline,
                UUID.randomUUID());
        position = 0;
        for (JsonNode era : story.path("eras")) {
            execute(db, "INSERT INTO timeline_era (timeline_id, position, name, start_text, end_text) VALUES (?, ?, ?, ?, ?)",
                    timeline, position++, era.get("name").asText(), era.get("start").asText(), era.get("end").asText());
        }
        int n = 0;
        for (JsonNode event : bundle.get("events")) {
            UUID id = UUID.randomUUID();
            PartialDate occurred = PartialDate.parse(event.get("occurred").asText());
            execute(db, "INSERT INTO event (id, timeline_id, title, occurred, occurred_earliest, occurred_latest, archived, "
                    + "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", id, timeline,
                    event.get("title").asText(), occurred.text(), occurred.earliest().orElse(null),
                    occurred.latest().orElse(null), n == 0, Timestamp.from(created), Timestamp.from(created));
            execute(db, "INSERT INTO event_source (event_id, position, source_id) VALUES (?, 0, ?)", id, UUID.randomUUID());
            n++;
        }
        return timeline;
    }

    private static void execute(Connection db, String sql, Object... values) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
