package io.claimtrail.sources.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * V4 on a database filled before it (the demo story's sources, with aliases and an affiliation, one of them rated
 * and one archived): nothing is lost, every source gets its first version equal to it as it is and one undated
 * rating with its letter, and the current rows read exactly as before.
 */
class VersionsMigrationTest {

    private static final Path BUNDLE = Path.of("../../deploy/demo/nk-troops-2024-07-02.json");
    private static final String CURRENT = "SELECT s.*, (SELECT array_agg(alias ORDER BY position) FROM source_alias "
            + "WHERE source_id = s.id) AS alias_rows, (SELECT array_agg(parent_id::text || '|' || coalesce(role, '') "
            + "ORDER BY position) FROM source_affiliation WHERE source_id = s.id) AS affiliation_rows FROM source s "
            + "ORDER BY s.id";

    @RegisterExtension
    static final MigrationDatabase database = new MigrationDatabase();

    @Test
    void everySourceKeepsItsStateAndGetsItsFirstVersionAndRating() throws Exception {
        database.migrate("3");
        Instant created = Instant.parse("2024-07-03T08:00:00Z");
        try (Connection db = database.connect()) {
            JsonNode bundle = new ObjectMapper().readTree(BUNDLE.toFile());
            UUID parent = null;
            int n = 0;
            for (JsonNode source : bundle.get("sources")) {
                UUID id = UUID.nameUUIDFromBytes(source.get("ref").asText().getBytes());
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO source (id, slug, name, kind, country, "
                        + "reliability, state_affiliated, archived, archived_reason, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?)")) {
                    insert.setObject(1, id);
                    insert.setString(2, source.path("slug").asText(source.get("ref").asText()));
                    insert.setString(3, source.get("name").asText());
                    insert.setString(4, source.get("kind").asText());
                    insert.setString(5, source.path("country").asText(null));
                    insert.setString(6, n == 0 ? "B" : source.path("reliability").asText("F"));
                    insert.setBoolean(7, n == 1);
                    insert.setString(8, n == 1 ? "merged" : null);
                    insert.setTimestamp(9, Timestamp.from(created));
                    insert.setTimestamp(10, Timestamp.from(created.plusSeconds(n)));
                    insert.setLong(11, n == 1 ? 1 : 0);
                    insert.executeUpdate();
                }
                int position = 0;
                for (JsonNode alias : source.path("aliases")) {
                    try (PreparedStatement insert = db.prepareStatement(
                            "INSERT INTO source_alias (source_id, position, alias) VALUES (?, ?, ?)")) {
                        insert.setObject(1, id);
                        insert.setInt(2, position++);
                        insert.setString(3, alias.asText());
                        insert.executeUpdate();
                    }
                }
                if (parent != null && n == 2) {
                    try (PreparedStatement insert = db.prepareStatement("INSERT INTO source_affiliation (source_id, "
                            + "position, parent_id, role, valid_from, from_earliest) VALUES (?, 0, ?, 'spokesperson', '2023', '2023-01-01')")) {
                        insert.setObject(1, id);
                        insert.setObject(2, parent);
                        insert.executeUpdate();
                    }
                }
                parent = parent == null ? id : parent;
                n++;
            }
            List<Map<String, Object>> before = rows(db, CURRENT);

            database.migrate("latest");

            List<Map<String, Object>> after = withoutNewColumns(rows(db, CURRENT), before);
            assertEquals(before, after, "the sources, aliases and affiliations as before (new columns aside)");
            List<Map<String, Object>> versions = rows(db, "SELECT v.*, source_affiliations_json(v.id) = v.affiliations "
                    + "AS same_affiliations FROM source_version v ORDER BY v.id");
            assertEquals(before.size(), versions.size(), "one version per source");
            for (int i = 0; i < before.size(); i++) {
                for (String column : List.of("id", "slug", "name", "kind", "country", "homepage", "description",
                        "reliability", "state_affiliated", "archived", "archived_reason", "created_at", "updated_at",
                        "version")) {
                    assertEquals(before.get(i).get(column), versions.get(i).get(column), column);
                }
                assertEquals(before.get(i).get("alias_rows") == null ? List.of() : before.get(i).get("alias_rows"),
                        versions.get(i).get("aliases"));
                assertEquals(true, versions.get(i).get("same_affiliations"));
                assertEquals(before.get(i).get("created_at"), versions.get(i).get("recorded_from"));
                assertNull(versions.get(i).get("recorded_to"));
            }
            assertEquals(rows(db, "SELECT id AS source_id, reliability FROM source ORDER BY id"),
                    rows(db, "SELECT source_id, reliability FROM source_rating WHERE effective_on IS NULL ORDER BY source_id"),
                    "one undated rating per source, with its letter");
        }
    }
}
