package io.claimtrail.sources.store;

import io.claimtrail.common.time.AsOf;
import io.claimtrail.sources.domain.Affiliation;
import io.claimtrail.sources.domain.Rating;
import io.claimtrail.sources.domain.Reliability;
import io.claimtrail.sources.domain.Source;
import io.claimtrail.sources.domain.SourceKind;
import io.claimtrail.common.api.Repositories;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sources read with plain SQL for the read paths (single reads, lookups of up to 1000): detached {@link Source}
 * objects with their aliases and affiliations, one statement for one source or many, without the cost of managed
 * entities and of Hibernate binding an IN list of 1000 parameters. Writes go through {@link SourceRepository}.
 */
@ApplicationScoped
public class SourceRows {

    private static final String COLUMNS = "SELECT s.id, s.slug, s.name, s.kind, s.country, s.homepage, s.description, "
            + "s.reliability, s.state_affiliated, s.archived, s.archived_reason, s.created_at, s.updated_at, s.version";
    /**
     * The source columns, its aliases as an array (column 14) and one row per affiliation (from column 15), for a
     * WHERE clause and an ORDER BY ending in f.position: one statement for one source or many (a page of a search
     * used to take three, each a round trip).
     */
    private static final String WITH_COLLECTIONS = COLUMNS + ", ARRAY(SELECT a.alias FROM source_alias a "
            + "WHERE a.source_id = s.id ORDER BY a.position), f.source_id, f.parent_id, f.role, f.valid_from, "
            + "f.from_earliest, f.valid_to, f.to_latest FROM source s LEFT JOIN source_affiliation f ON f.source_id = s.id ";

    /** A source version (source_version, aliased {@code s}): the source columns, then aliases, affiliations, period, actor. */
    private static final String VERSION_COLUMNS = COLUMNS
            + ", s.aliases, s.affiliations::text, s.recorded_from, s.recorded_to, s.actor";
    private static final String RATINGS = "SELECT id, source_id, reliability, effective_on, effective_earliest, "
            + "effective_latest, reason, rater, recorded_at FROM source_rating WHERE source_id = ANY($1) "
            + "ORDER BY source_id, recorded_at, id";

    /** A version of a source: the source as recorded from {@code recordedFrom} until {@code recordedTo}. */
    public record Version(Source source, Instant recordedFrom, Instant recordedTo, String actor) {
    }

    private final Pool pool;

    public SourceRows(Pool pool) {
        this.pool = pool;
    }

    /** The source with this id, or null. */
    public Uni<Source> byId(UUID id) {
        return one("WHERE s.id = $1", Tuple.of(id));
    }

    /** The source with this slug, or null. */
    public Uni<Source> bySlug(String slug) {
        return one("WHERE s.slug = $1", Tuple.of(slug));
    }

    /** The source with this id or slug as the view sees it: now, or its version in force at knownAt; null if none. */
    public Uni<Source> find(UUID id, String slug, AsOf view) {
        if (view.knownAt() == null) {
            return id != null ? byId(id) : bySlug(slug);
        }
        List<Object> params = new ArrayList<>();
        params.add(id != null ? id : slug);
        String sql = VERSION_COLUMNS + " FROM source_version s WHERE "
                + (id != null ? "s.id = $1" : "s.slug = $1") + " AND " + view.sql(params).version("s");
        return pool.preparedQuery(sql).execute(Tuple.from(params))
                .map(rows -> rows.size() == 0 ? null : version(rows.iterator().next()).source());
    }

    /** The sources with these ids as the view sees them, in the order of the ids; unknown ids (then) left out. */
    public Uni<List<Source>> byIds(Collection<UUID> ids, AsOf view) {
        if (view.knownAt() == null || ids.isEmpty()) {
            return byIds(ids);
        }
        List<Object> params = new ArrayList<>();
        params.add(ids.stream().distinct().toArray(UUID[]::new));
        String sql = VERSION_COLUMNS + " FROM source_version s WHERE s.id = ANY($1) AND " + view.sql(params).version("s");
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            List<Source> found = new ArrayList<>();
            rows.forEach(row -> found.add(version(row).source()));
            return Repositories.inOrderOf(ids, found, source -> source.id);
        });
    }

    /** The ids of the sources whose affiliations, as recorded at knownAt, name {@code parentId}. */
    public Uni<List<UUID>> memberIds(UUID parentId, AsOf view) {
        List<Object> params = new ArrayList<>();
        params.add(new JsonArray().add(new JsonObject().put("parentId", parentId.toString())));
        String sql = "SELECT s.id FROM source_version s WHERE s.affiliations @> $1::jsonb AND "
                + view.sql(params).version("s");
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            List<UUID> found = new ArrayList<>();
            rows.forEach(row -> found.add(row.getUUID(0)));
            return found;
        });
    }

    /** The ids of the sources with an affiliation, as recorded at knownAt, naming any of {@code parentIds}. */
    public Uni<List<UUID>> memberIds(Collection<UUID> parentIds, AsOf view) {
        if (parentIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Object> params = new ArrayList<>();
        params.add(parentIds.stream().distinct().toArray(UUID[]::new));
        String sql = view.knownAt() == null
                ? "SELECT DISTINCT source_id FROM source_affiliation WHERE parent_id = ANY($1)"
                : "SELECT s.id FROM source_version s WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(s.affiliations) a "
                        + "WHERE (a->>'parentId')::uuid = ANY($1)) AND " + view.sql(params).version("s");
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            List<UUID> found = new ArrayList<>();
            rows.forEach(row -> found.add(row.getUUID(0)));
            return found;
        });
    }

    /** Versions of a source, oldest first, from {@code offset}. */
    public Uni<List<Version>> versions(UUID id, long offset, int limit) {
        String sql = VERSION_COLUMNS + " FROM source_version s WHERE s.id = $1 ORDER BY s.version LIMIT $2 OFFSET $3";
        return pool.preparedQuery(sql).execute(Tuple.of(id, limit, offset)).map(rows -> {
            List<Version> found = new ArrayList<>();
            rows.forEach(row -> found.add(version(row)));
            return found;
        });
    }

    public Uni<Version> version(UUID id, long number) {
        return pool.preparedQuery(VERSION_COLUMNS + " FROM source_version s WHERE s.id = $1 AND s.version = $2")
                .execute(Tuple.of(id, number))
                .map(rows -> rows.size() == 0 ? null : version(rows.iterator().next()));
    }

    public Uni<Long> versionCount(UUID id) {
        return pool.preparedQuery("SELECT count(*) FROM source_version WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Every rating of these sources, per source in the order they were recorded. */
    public Uni<List<Rating>> ratings(Collection<UUID> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery(RATINGS).execute(Tuple.of(sourceIds.stream().distinct().toArray(UUID[]::new)))
                .map(rows -> {
                    List<Rating> found = new ArrayList<>();
                    for (Row row : rows) {
                        Rating rating = new Rating();
                        rating.id = row.getUUID(0);
                        rating.sourceId = row.getUUID(1);
                        rating.reliability = Reliability.valueOf(row.getString(2));
                        rating.effectiveOn = row.getString(3);
                        rating.effectiveEarliest = row.getLocalDate(4);
                        rating.effectiveLatest = row.getLocalDate(5);
                        rating.reason = row.getString(6);
                        rating.rater = row.getString(7);
                        rating.recordedAt = row.getOffsetDateTime(8).toInstant();
                        found.add(rating);
                    }
                    return found;
                });
    }

    private static Version version(Row row) {
        Source source = source(row);
        source.aliases.addAll(List.of(row.getArrayOfStrings(14)));
        new JsonArray(row.getString(15)).forEach(item -> source.affiliations.add(affiliation((JsonObject) item)));
        OffsetDateTime to = row.getOffsetDateTime(17);
        return new Version(source, row.getOffsetDateTime(16).toInstant(), to == null ? null : to.toInstant(),
                row.getString(18));
    }

    /** An affiliation as source_version keeps it (source_affiliations_json in V4). */
    private static Affiliation affiliation(JsonObject json) {
        Affiliation affiliation = new Affiliation();
        affiliation.parentId = UUID.fromString(json.getString("parentId"));
        affiliation.role = json.getString("role");
        affiliation.validFrom = json.getString("validFrom");
        affiliation.fromEarliest = json.getString("fromEarliest") == null ? null : LocalDate.parse(json.getString("fromEarliest"));
        affiliation.validTo = json.getString("validTo");
        affiliation.toLatest = json.getString("toLatest") == null ? null : LocalDate.parse(json.getString("toLatest"));
        return affiliation;
    }

    /** The sources with these ids, in the order of the ids; unknown ids are left out. */
    public Uni<List<Source>> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] wanted = ids.stream().distinct().toArray(UUID[]::new);
        return pool.preparedQuery(WITH_COLLECTIONS + "WHERE s.id = ANY($1) ORDER BY s.id, f.position")
                .execute(Tuple.of(wanted)).map(rows -> Repositories.inOrderOf(ids, collected(rows), source -> source.id));
    }

    /** One source with its aliases and affiliations in a single statement (the single read's path). */
    private Uni<Source> one(String where, Tuple params) {
        return pool.preparedQuery(WITH_COLLECTIONS + where + " ORDER BY f.position").execute(params)
                .map(rows -> collected(rows).stream().findFirst().orElse(null));
    }

    /** The sources of rows of {@link #WITH_COLLECTIONS}, in the order they first come, each with its collections. */
    private static List<Source> collected(RowSet<Row> rows) {
        Map<UUID, Source> found = new LinkedHashMap<>();
        for (Row row : rows) {
            Source source = found.get(row.getUUID(0));
            if (source == null) {
                source = source(row);
                source.aliases.addAll(List.of(row.getArrayOfStrings(14)));
                found.put(source.id, source);
            }
            if (row.getUUID(15) != null) {
                source.affiliations.add(affiliation(row, 15));
            }
        }
        return List.copyOf(found.values());
    }

    private static Source source(Row row) {
        Source source = new Source();
        source.id = row.getUUID(0);
        source.slug = row.getString(1);
        source.name = row.getString(2);
        source.kind = SourceKind.valueOf(row.getString(3));
        source.country = row.getString(4);
        source.homepage = row.getString(5);
        source.description = row.getString(6);
        source.reliability = Reliability.valueOf(row.getString(7));
        source.stateAffiliated = row.getBoolean(8);
        source.archived = row.getBoolean(9);
        source.archivedReason = row.getString(10);
        source.createdAt = row.getOffsetDateTime(11).toInstant();
        source.updatedAt = row.getOffsetDateTime(12).toInstant();
        source.version = row.getLong(13);
        return source;
    }

    /** The affiliation whose source_id is column {@code from}, followed by its other columns. */
    private static Affiliation affiliation(Row row, int from) {
        Affiliation affiliation = new Affiliation();
        affiliation.parentId = row.getUUID(from + 1);
        affiliation.role = row.getString(from + 2);
        affiliation.validFrom = row.getString(from + 3);
        affiliation.fromEarliest = row.getLocalDate(from + 4);
        affiliation.validTo = row.getString(from + 5);
        affiliation.toLatest = row.getLocalDate(from + 6);
        return affiliation;
    }
}
