package io.claimtrail.claims.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.testing.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimtrail.testing.MigrationDatabase.rows;
import static io.claimtrail.testing.MigrationDatabase.withoutNewColumns;
import static io.claimtrail.testing.MigrationDatabase.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * V6 on a database filled before it (the demo story's claims, one of them edited and one archived, with their
 * topics, appearances and transitions): nothing is lost, every claim gets its first version equal to the claim as
 * it is, recorded from its creation, and the current rows read exactly as before. Then a write keeps a version.
 */
class VersionsMigrationTest {

    private static final Path BUNDLE = Path.of("../../deploy/demo/nk-troops-2024-07-02.json");
    private static final String CURRENT = "SELECT c.*, (SELECT array_agg(topic ORDER BY position)::text FROM claim_topic "
            + "WHERE claim_id = c.id) AS topic_rows, (SELECT array_agg(url || '|' || coalesce(published_on, '') ORDER BY "
            + "position)::text FROM claim_appearance WHERE claim_id = c.id) AS appearance_rows FROM claim c ORDER BY c.id";

    @RegisterExtension
    static final MigrationDatabase database = new MigrationDatabase();

    @Test
    void everyClaimKeepsItsStateAndGetsItsFirstVersion() throws Exception {
        database.migrate("5");
        Instant created = Instant.parse("2024-07-03T08:00:00Z");
        Instant edited = Instant.parse("2024-07-04T09:30:00Z");
        try (Connection db = database.connect()) {
            fillWithTheDemoStory(db, created, edited);
            List<Map<String, Object>> before = rows(db, CURRENT);

            database.migrate("latest");

            List<Map<String, Object>> after = withoutNewColumns(rows(db, CURRENT), before);
            assertEquals(before, after, "the claims, their topics and appearances as before (new columns aside)");
            List<Map<String, Object>> versions = rows(db, "SELECT v.*, c.version AS claim_version, "
                    + "claim_appearances_json(c.id) = v.appearances AS same_appearances FROM claim_version v "
                    + "JOIN claim c ON c.id = v.id ORDER BY v.id");
            assertEquals(before.size(), versions.size(), "one version per claim");
            for (int i = 0; i < before.size(); i++) {
                Map<String, Object> claim = before.get(i);
                Map<String, Object> version = versions.get(i);
                for (String column : List.of("id", "text", "quote", "language", "source_id", "stated_on",
                        "stated_earliest", "stated_latest", "kind", "resolves_by", "resolves_by_latest", "status",
                        "credibility", "archived", "archived_reason", "created_at", "updated_at", "version")) {
                    assertEquals(claim.get(column), version.get(column), column + " of " + claim.get("id"));
                }
                assertEquals(claim.get("topics"), version.get("topics"));
                assertEquals(true, version.get("same_appearances"));
                assertEquals(claim.get("created_at"), version.get("recorded_from"));
                assertNull(version.get("recorded_to"));
            }
            assertEquals(0L, value(db, "SELECT count(*) FROM claim_transition WHERE withdrawn_at IS NOT NULL"));

            // From now on a write keeps the version it replaces, at commit.
            String id = before.get(0).get("id").toString();
            try (Statement statement = db.createStatement()) {
                statement.execute("UPDATE claim SET text = 'changed', version = version + 1, updated_by = 'later', "
                        + "updated_at = '2024-08-01T00:00:00Z' WHERE id = '" + id + "'");
            }
            assertEquals(2L, value(db, "SELECT count(*) FROM claim_version WHERE id = '" + id + "'"));
            assertEquals(Timestamp.from(Instant.parse("2024-08-01T00:00:00Z")), value(db,
                    "SELECT recorded_to FROM claim_version WHERE id = '" + id + "' AND recorded_to IS NOT NULL"));
            assertEquals("later", value(db, "SELECT actor FROM claim_version WHERE id = '" + id + "' AND recorded_to IS NULL"));
        }
    }

    /** The bundle's claims as the services stored them: topics, an appearance, the first and later transitions. */
    private static void fillWithTheDemoStory(Connection db, Instant created, Instant edited) throws Exception {
        JsonNode bundle = new ObjectMapper().readTree(BUNDLE.toFile());
        Map<String, UUID> sources = new HashMap<>();
        bundle.get("sources").forEach(s -> sources.put(s.get("ref").asText(), UUID.nameUUIDFromBytes(s.get("ref").asText().getBytes())));
        int n = 0;
        for (JsonNode claim : bundle.get("claims")) {
            UUID id = UUID.nameUUIDFromBytes(claim.get("ref").asText().getBytes());
            PartialDate stated = PartialDate.parse(claim.get("statedOn").asText());
            boolean isEdited = n == 1;
            boolean isArchived = n == 2;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO claim (id, text, quote, language, source_id, "
                    + "stated_on, stated_earliest, stated_latest, kind, resolves_by, status, credibility, archived, "
                    + "archived_reason, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, claim.get("text").asText() + (isEdited ? " (edited)" : ""));
                insert.setString(3, claim.hasNonNull("quote") ? claim.get("quote").asText() : null);
                insert.setString(4, claim.path("language").asText(null));
                insert.setObject(5, sources.get(claim.get("sourceRef").asText()));
                insert.setString(6, stated.text());
                insert.setObject(7, stated.earliest().orElse(null));
                insert.setObject(8, stated.latest().orElse(null));
                insert.setString(9, claim.get("kind").asText());
                insert.setString(10, claim.hasNonNull("resolvesBy") ? claim.get("resolvesBy").asText() : null);
                insert.setString(11, claim.has("transitions") ? claim.get("transitions").get(0).get("to").asText() : "UNVERIFIED");
                insert.setInt(12, claim.has("transitions") ? claim.get("transitions").get(0).get("credibility").asInt() : 6);
                insert.setBoolean(13, isArchived);
                insert.setString(14, isArchived ? "entered twice" : null);
                insert.setTimestamp(15, Timestamp.from(created));
                insert.setTimestamp(16, Timestamp.from(isEdited || isArchived ? edited : created));
                insert.setLong(17, isEdited || isArchived ? 1 : 0);
                insert.executeUpdate();
            }
            int position = 0;
            for (JsonNode topic : claim.get("topics")) {
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO claim_topic (claim_id, position, topic) VALUES (?, ?, ?)")) {
                    insert.setObject(1, id);
                    insert.setInt(2, position++);
                    insert.setString(3, topic.asText());
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO claim_appearance (claim_id, position, url, "
                    + "published_on, published_earliest, retrieved_at) VALUES (?, 0, ?, '2024-07-02', '2024-07-02', ?)")) {
                insert.setObject(1, id);
                insert.setString(2, "https://news.example/" + claim.get("ref").asText());
                insert.setTimestamp(3, Timestamp.from(created));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO claim_transition (id, claim_id, to_status, "
                    + "credibility, reason, effective_on, effective_earliest, effective_latest, recorded_at, actor) "
                    + "VALUES (?, ?, 'UNVERIFIED', 6, 'Recorded', ?, ?, ?, ?, 'importer')")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, id);
                insert.setString(3, stated.text());
                insert.setObject(4, stated.earliest().orElse(null));
                insert.setObject(5, stated.latest().orElse(null));
                insert.setTimestamp(6, Timestamp.from(created));
                insert.executeUpdate();
            }
            n++;
        }
    }
}
