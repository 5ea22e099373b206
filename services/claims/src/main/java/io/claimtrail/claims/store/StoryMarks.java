package io.claimtrail.claims.store;

import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Positions in the rest of a story after a cursor, about one every {@code every} claims, so that the pages between
 * two of them can be read at the same time ({@link StoryPages#page} with {@code after} one mark and {@code until} the
 * next). They come from the topics' story-order index alone (claim_topic, V4; no claim row is read), so they count
 * archived claims, claims out of the view and the other speakers' claims too: a range between two marks may hold
 * fewer claims than {@code every}, or none, and pinned claims of no topic add to a range. Any increasing positions
 * give the same claims in the same order; the marks only decide how evenly the work is shared.
 */
@ApplicationScoped
public class StoryMarks {

    /** At most this many marks: a story of a million claims in pages of 1000. */
    public static final int MAX = 1000;

    private final Pool pool;

    public StoryMarks(Pool pool) {
        this.pool = pool;
    }

    /** Increasing positions after the cursor {@code after} (a page's {@code next}), one every {@code every} keys. */
    public Uni<List<String>> after(List<String> topics, AsOf view, String after, int every) {
        List<String> distinct = topics.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        StoryPages.Cursor from = StoryPages.Cursor.decode(after);
        List<Object> params = new ArrayList<>(List.of(from.earliest(), from.latest(), from.id(), every, MAX));
        // the day bound, as the page's scans have it: nothing after the day is in the story
        String bounded = view.day() == null ? "" : " AND ct.stated_earliest <= " + view.sql(params).day();
        List<String> scans = new ArrayList<>();
        for (String topic : distinct) {
            params.add(topic);
            scans.add("SELECT ct.stated_earliest AS e, ct.stated_latest AS l, ct.claim_id AS id FROM claim_topic ct"
                    + " WHERE ct.topic = $" + params.size() + " AND (ct.stated_earliest, ct.stated_latest, ct.claim_id)"
                    + " > ($1::text::date, $2::text::date, $3::uuid)" + bounded);
        }
        // UNION: a claim of several of the topics counts once
        String query = "SELECT e::text, l::text, id FROM (SELECT e, l, id, row_number() OVER (ORDER BY e, l, id) AS n"
                + " FROM (" + String.join(" UNION ", scans) + ") keys) numbered"
                + " WHERE n % $4::int = 0 ORDER BY n LIMIT $5";
        return pool.preparedQuery(query).execute(Tuple.from(params)).map(rows -> {
            List<String> marks = new ArrayList<>();
            for (Row row : rows) {
                marks.add(new StoryPages.Cursor(row.getString(0), row.getString(1), row.getUUID(2)).encode());
            }
            return marks;
        });
    }
}
