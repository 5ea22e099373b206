package io.claimtrail.timelines.store;

import io.claimtrail.common.time.AsOf;
import io.claimtrail.timelines.domain.Era;
import io.claimtrail.timelines.domain.Event;
import io.claimtrail.timelines.domain.Timeline;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The recorded versions of timelines and events (timeline_version, event_version of V3), read with plain SQL into
 * detached objects: each as it was recorded from {@code recordedFrom} until {@code recordedTo}.
 */
@ApplicationScoped
public class TimelineVersions {

    /** A version of something: what it was, when that was recorded and replaced, and who wrote it. */
    public record Version<T>(T value, Instant recordedFrom, Instant recordedTo, String actor) {
    }

    private static final String TIMELINE = "SELECT t.id, t.slug, t.title, t.summary, t.archived, t.created_at, "
            + "t.updated_at, t.version, t.topics, t.pinned_claim_ids, t.eras::text, t.recorded_from, t.recorded_to, "
            + "t.actor FROM timeline_version t";
    private static final String EVENT = "SELECT e.id, e.timeline_id, e.title, e.description, e.occurred, "
            + "e.occurred_earliest, e.occurred_latest, e.place, e.archived, e.created_at, e.updated_at, e.version, "
            + "e.source_ids, e.claim_ids, e.recorded_from, e.recorded_to, e.actor FROM event_version e";
    /** The order of a story's events, as EventRepository gives it. */
    private static final String EVENT_ORDER =
            " ORDER BY e.occurred_earliest NULLS FIRST, e.occurred_latest NULLS LAST, e.title, e.id";

    private final Pool pool;

    public TimelineVersions(Pool pool) {
        this.pool = pool;
    }

    /** The timeline with this id or slug as recorded at the view's moment; null when there was none. */
    public Uni<Timeline> timeline(UUID id, String slug, AsOf view) {
        List<Object> params = new ArrayList<>();
        params.add(id != null ? id : slug);
        String sql = TIMELINE + " WHERE " + (id != null ? "t.id = $1" : "t.slug = $1") + " AND "
                + view.sql(params).version("t");
        return pool.preparedQuery(sql).execute(Tuple.from(params))
                .map(rows -> rows.size() == 0 ? null : timeline(rows.iterator().next()).value());
    }

    /** The timeline's live events as the view sees them: recorded then, certainly occurred by its day. */
    public Uni<List<Event>> events(UUID timelineId, AsOf view) {
        List<Object> params = new ArrayList<>();
        params.add(timelineId);
        AsOf.Sql sql = view.sql(params);
        String query = EVENT + " WHERE e.timeline_id = $1 AND NOT e.archived AND " + sql.version("e") + " AND "
                + sql.stated("e.occurred_latest") + EVENT_ORDER;
        return pool.preparedQuery(query).execute(Tuple.from(params)).map(rows -> {
            List<Event> found = new ArrayList<>();
            rows.forEach(row -> found.add(event(row).value()));
            return found;
        });
    }

    /** One event as recorded at the view's moment; null when it was not recorded then. */
    public Uni<Event> event(UUID timelineId, UUID id, AsOf view) {
        List<Object> params = new ArrayList<>(List.of(id, timelineId));
        String sql = EVENT + " WHERE e.id = $1 AND e.timeline_id = $2 AND " + view.sql(params).version("e");
        return pool.preparedQuery(sql).execute(Tuple.from(params))
                .map(rows -> rows.size() == 0 ? null : event(rows.iterator().next()).value());
    }

    /** A page of the timelines recorded at the view's moment, by title, and how many there were. */
    public Uni<List<Timeline>> listed(AsOf view, boolean includeArchived, long offset, int size) {
        List<Object> params = new ArrayList<>();
        String where = view.sql(params).version("t") + (includeArchived ? "" : " AND NOT t.archived");
        params.add(size);
        params.add(offset);
        String sql = TIMELINE + " WHERE " + where + " ORDER BY t.title, t.id LIMIT $" + (params.size() - 1)
                + " OFFSET $" + params.size();
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            List<Timeline> found = new ArrayList<>();
            rows.forEach(row -> found.add(timeline(row).value()));
            return found;
        });
    }

    public Uni<Long> countListed(AsOf view, boolean includeArchived) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(*) FROM timeline_version t WHERE " + view.sql(params).version("t")
                + (includeArchived ? "" : " AND NOT t.archived");
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<List<Version<Timeline>>> timelineVersions(UUID id, long offset, int limit) {
        return pool.preparedQuery(TIMELINE + " WHERE t.id = $1 ORDER BY t.version LIMIT $2 OFFSET $3")
                .execute(Tuple.of(id, limit, offset)).map(rows -> {
                    List<Version<Timeline>> found = new ArrayList<>();
                    rows.forEach(row -> found.add(timeline(row)));
                    return found;
                });
    }

    /** One version of a timeline; null when there is none with that number. */
    public Uni<Version<Timeline>> timelineVersion(UUID id, long number) {
        return pool.preparedQuery(TIMELINE + " WHERE t.id = $1 AND t.version = $2").execute(Tuple.of(id, number))
                .map(rows -> rows.size() == 0 ? null : timeline(rows.iterator().next()));
    }

    public Uni<List<Version<Event>>> eventVersions(UUID timelineId, UUID id, long offset, int limit) {
        return pool.preparedQuery(EVENT + " WHERE e.id = $1 AND e.timeline_id = $2 ORDER BY e.version LIMIT $3 OFFSET $4")
                .execute(Tuple.of(id, timelineId, limit, offset)).map(rows -> {
                    List<Version<Event>> found = new ArrayList<>();
                    rows.forEach(row -> found.add(event(row)));
                    return found;
                });
    }

    public Uni<Long> count(String table, UUID id) {
        String sql = "SELECT count(*) FROM " + ("event".equals(table) ? "event_version" : "timeline_version")
                + " WHERE id = $1";
        return pool.preparedQuery(sql).execute(Tuple.of(id)).map(rows -> rows.iterator().next().getLong(0));
    }

    private static Version<Timeline> timeline(Row row) {
        Timeline timeline = new Timeline();
        timeline.id = row.getUUID(0);
        timeline.slug = row.getString(1);
        timeline.title = row.getString(2);
        timeline.summary = row.getString(3);
        timeline.archived = row.getBoolean(4);
        timeline.createdAt = row.getOffsetDateTime(5).toInstant();
        timeline.updatedAt = row.getOffsetDateTime(6).toInstant();
        timeline.version = row.getLong(7);
        timeline.topics.addAll(List.of(row.getArrayOfStrings(8)));
        timeline.pinnedClaimIds.addAll(List.of(row.getArrayOfUUIDs(9)));
        new JsonArray(row.getString(10)).forEach(item -> {
            JsonObject json = (JsonObject) item;
            Era era = new Era();
            era.name = json.getString("name");
            era.start = json.getString("start");
            era.end = json.getString("end");
            timeline.eras.add(era);
        });
        return new Version<>(timeline, instant(row, 11), instant(row, 12), row.getString(13));
    }

    private static Version<Event> event(Row row) {
        Event event = new Event();
        event.id = row.getUUID(0);
        event.timelineId = row.getUUID(1);
        event.title = row.getString(2);
        event.description = row.getString(3);
        event.occurred = row.getString(4);
        event.occurredEarliest = row.getLocalDate(5);
        event.occurredLatest = row.getLocalDate(6);
        event.place = row.getString(7);
        event.archived = row.getBoolean(8);
        event.createdAt = row.getOffsetDateTime(9).toInstant();
        event.updatedAt = row.getOffsetDateTime(10).toInstant();
        event.version = row.getLong(11);
        event.sourceIds.addAll(List.of(row.getArrayOfUUIDs(12)));
        event.claimIds.addAll(List.of(row.getArrayOfUUIDs(13)));
        return new Version<>(event, instant(row, 14), instant(row, 15), row.getString(16));
    }

    private static Instant instant(Row row, int column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
