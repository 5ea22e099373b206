package io.claimtrail.sources.store;

import io.claimtrail.testing.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.claimtrail.testing.MigrationDatabase.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The word table of names (V7, read by the search's fast window): filled for the sources written before it, then
 * kept by its trigger through inserts, renames, other updates and deletes. Its words are the runs of ASCII letters
 * and digits of the folded name, each once.
 */
class NameWordsTest {

    /** Names and their words: accents folded, punctuation and other scripts split, repeats once, case folded. */
    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("Ministry of Défense (France)", Set.of("ministry", "of", "defense", "france"));
        WORDS.put("U.S. Department of Defense", Set.of("u", "s", "department", "of", "defense"));
        WORDS.put("Pentagons and the PENTAGON", Set.of("pentagons", "and", "the", "pentagon"));
        WORDS.put("Київ Pentagon", Set.of("pentagon"));
        WORDS.put("Radio  Kyiv   International", Set.of("radio", "kyiv", "international"));
        WORDS.put("x-ray 1 news 1", Set.of("x", "ray", "1", "news"));
        WORDS.put("O'Neill Pentagon-watch", Set.of("o", "neill", "pentagon", "watch"));
        WORDS.put("Ministry 3f2a9c1b Seoul", Set.of("ministry", "3f2a9c1b", "seoul"));
        WORDS.put("Агентство", Set.of());
    }

    @RegisterExtension
    static final MigrationDatabase database = new MigrationDatabase();

    @Test
    void filledForEarlierSourcesThenKeptOnEveryWrite() throws SQLException {
        database.migrate("6");
        Map<UUID, String> names = new LinkedHashMap<>();
        try (Connection db = database.connect()) {
            for (String name : WORDS.keySet()) {
                names.put(insert(db, name), name);
            }

            database.migrate("latest");
            for (var source : names.entrySet()) {
                assertEquals(new TreeSet<>(WORDS.get(source.getValue())), words(db, source.getKey()),
                        source.getValue());
            }

            UUID added = insert(db, "Radio Free Europe/Radio Liberty");
            assertEquals(new TreeSet<>(Set.of("radio", "free", "europe", "liberty")), words(db, added));

            UUID renamed = names.keySet().iterator().next();
            execute(db, "UPDATE source SET name = 'Ministère des Armées', version = version + 1 WHERE id = ?", renamed);
            assertEquals(new TreeSet<>(Set.of("ministere", "des", "armees")), words(db, renamed));

            execute(db, "UPDATE source SET reliability = 'A', name = name, version = version + 1 WHERE id = ?", renamed);
            execute(db, "UPDATE source SET country = 'FR' WHERE id = ?", renamed);
            assertEquals(new TreeSet<>(Set.of("ministere", "des", "armees")), words(db, renamed));

            for (String table : List.of("source_rating WHERE source_id", "source_version WHERE id",
                    "source_alias WHERE source_id", "source WHERE id")) {
                execute(db, "DELETE FROM " + table + " = ?", added);
            }
            assertEquals(Set.of(), words(db, added));
            assertEquals(List.of(Map.of("count", 0L)), rows(db, "SELECT count(*) FROM source s "
                    + "WHERE ARRAY(SELECT word FROM source_name_word WHERE source_id = s.id ORDER BY word) "
                    + "<> ARRAY(SELECT w COLLATE \"C\" FROM claimtrail_words(s.name_folded) w ORDER BY 1)"),
                    "every source's words are those of its name");
        }
    }

    private static UUID insert(Connection db, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(db, "INSERT INTO source (id, slug, name, kind, reliability, state_affiliated, archived, created_at, "
                + "updated_at, version) VALUES (?, 'w-' || ?, ?, 'OUTLET', 'F', false, false, now(), now(), 0)",
                id, id.toString(), name);
        return id;
    }

    private static Set<String> words(Connection db, UUID id) throws SQLException {
        Set<String> words = new TreeSet<>();
        for (Map<String, Object> row : rows(db, "SELECT word FROM source_name_word WHERE source_id = '" + id + "'")) {
            words.add((String) row.get("word"));
        }
        return words;
    }

    private static void execute(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }
}
