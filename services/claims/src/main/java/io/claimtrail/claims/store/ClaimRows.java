package io.claimtrail.claims.store;

import io.claimtrail.claims.domain.Appearance;
import io.claimtrail.claims.domain.Claim;
import io.claimtrail.claims.domain.ClaimKind;
import io.claimtrail.claims.domain.ClaimStatus;
import io.claimtrail.claims.domain.ClaimSuggestion;
import io.claimtrail.claims.domain.Relation;
import io.claimtrail.claims.domain.RelationType;
import io.claimtrail.claims.domain.Transition;
import io.claimtrail.common.api.Repositories;
import io.claimtrail.common.time.AsOf;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.smallrye.mutiny.Uni;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Claims, their relations and histories read with plain SQL for the read paths (single reads, listings, lookups
 * and story pages): detached objects, one query per kind whatever the number of claims, without the cost of
 * managed entities (and of Hibernate binding an IN list of 1000 parameters). Writes go through the repositories.
 */
@ApplicationScoped
public class ClaimRows {

    /** The claim columns in the order {@link #claim(Row, int)} reads them, for a table aliased {@code c}. */
    public static final String COLUMNS = "c.id, c.text, c.quote, c.language, c.source_id, c.stated_on, "
            + "c.stated_earliest, c.stated_latest, c.kind, c.resolves_by, c.resolves_by_latest, c.status, "
            + "c.credibility, c.archived, c.archived_reason, c.created_at, c.updated_at, c.version";

    private static final String TOPICS =
            "SELECT claim_id, topic FROM claim_topic WHERE claim_id = ANY($1) ORDER BY claim_id, position";
    private static final String APPEARANCES = "SELECT claim_id, url, publisher_id, published_on, published_earliest, "
            + "retrieved_at, quote FROM claim_appearance WHERE claim_id = ANY($1) ORDER BY claim_id, position";
    /** The claims with ids in $1: their columns, topics (column 18) and appearances (from column 19), in order. */
    private static final String WITH_COLLECTIONS = "SELECT " + COLUMNS + ", ARRAY(SELECT t.topic FROM claim_topic t "
            + "WHERE t.claim_id = c.id ORDER BY t.position), a.claim_id, a.url, a.publisher_id, a.published_on, "
            + "a.published_earliest, a.retrieved_at, a.quote FROM claim c "
            + "LEFT JOIN claim_appearance a ON a.claim_id = c.id WHERE c.id = ANY($1) ORDER BY c.id, a.position";

    /**
     * A claim version (claim_version, aliased {@code c}): the claim columns, then its topics, appearances, and
     * recorded period and actor. claim_version has the claim's column names, so {@link #claim(Row, int)} reads both.
     */
    static final String VERSION_COLUMNS = COLUMNS
            + ", c.topics, c.appearances::text, c.recorded_from, c.recorded_to, c.actor";

    private static final String RELATIONS = "SELECT id, from_claim_id, to_claim_id, type, note, recorded_at, actor "
            + "FROM claim_relation WHERE from_claim_id = ANY($1) OR to_claim_id = ANY($1) ORDER BY recorded_at, id";
    /** The CITES and DUPLICATES relations among {@link #RELATIONS}: the chains an assessment follows. */
    private static final String ECHOES = "SELECT id, from_claim_id, to_claim_id, type, note, recorded_at, actor "
            + "FROM claim_relation WHERE (from_claim_id = ANY($1) OR to_claim_id = ANY($1)) "
            + "AND type IN ('CITES', 'DUPLICATES') ORDER BY recorded_at, id";
    /**
     * The source of a claim and of each claim related to it, as recorded now: what an assessment asks the sources
     * service while it reads those claims as its view sees them.
     */
    private static final String CURRENT_SOURCES = "SELECT source_id FROM claim WHERE id = $1 UNION "
            + "SELECT c.source_id FROM claim_relation r JOIN claim c ON c.id = CASE WHEN r.from_claim_id = $1 "
            + "THEN r.to_claim_id ELSE r.from_claim_id END WHERE r.from_claim_id = $1 OR r.to_claim_id = $1";
    private static final String HISTORIES = "SELECT id, claim_id, from_status, to_status, credibility, reason, "
            + "evidence_url, evidence_claim_id, effective_on, effective_earliest, effective_latest, recorded_at, actor, "
            + "withdrawn_at, withdrawn_reason, withdrawn_by, suggestion_id "
            + "FROM claim_transition WHERE claim_id = ANY($1) ORDER BY claim_id, recorded_at, id";

    /**
     * The relations from or to the claim whose id is {@code id}, oldest first, as a JSON array of arrays in the order
     * of {@link #relation(JsonArray)}; NULL when it has none.
     */
    static String relationsJson(String id) {
        return "(SELECT json_agg(json_build_array(r.id, r.from_claim_id, r.to_claim_id, r.type, r.note, r.recorded_at, "
                + "r.actor) ORDER BY r.recorded_at, r.id) FROM claim_relation r WHERE r.from_claim_id = " + id
                + " OR r.to_claim_id = " + id + ")::text";
    }

    /** A relation as {@link #relationsJson} gives it. */
    static Relation relation(JsonArray json) {
        Relation relation = new Relation();
        relation.id = UUID.fromString(json.getString(0));
        relation.fromClaimId = UUID.fromString(json.getString(1));
        relation.toClaimId = UUID.fromString(json.getString(2));
        relation.type = RelationType.valueOf(json.getString(3));
        relation.note = json.getString(4);
        relation.recordedAt = OffsetDateTime.parse(json.getString(5)).toInstant();
        relation.actor = json.getString(6);
        return relation;
    }

    /** Every transition of the claim aliased c, as a JSON array of arrays in the order of {@link #transition}. */
    private static final String TRANSITIONS_JSON = "coalesce((SELECT json_agg(json_build_array(t.id, t.from_status, "
            + "t.to_status, t.credibility, t.reason, t.evidence_url, t.evidence_claim_id, t.effective_on, "
            + "t.effective_earliest, t.effective_latest, t.recorded_at, t.actor, t.withdrawn_at, t.withdrawn_reason, "
            + "t.withdrawn_by) ORDER BY t.recorded_at, t.id) FROM claim_transition t WHERE t.claim_id = c.id), '[]')::text";

    /** A version of a claim: the claim as it was recorded from {@code recordedFrom} until {@code recordedTo}. */
    public record Version(Claim claim, Instant recordedFrom, Instant recordedTo, String actor) {
    }

    private final Pool pool;

    public ClaimRows(Pool pool) {
        this.pool = pool;
    }

    /** The claim in the {@link #COLUMNS} starting at column {@code from}, without its collections. */
    public static Claim claim(Row row, int from) {
        Claim claim = new Claim();
        claim.id = row.getUUID(from);
        claim.text = row.getString(from + 1);
        claim.quote = row.getString(from + 2);
        claim.language = row.getString(from + 3);
        claim.sourceId = row.getUUID(from + 4);
        claim.statedOn = row.getString(from + 5);
        claim.statedEarliest = row.getLocalDate(from + 6);
        claim.statedLatest = row.getLocalDate(from + 7);
        claim.kind = ClaimKind.valueOf(row.getString(from + 8));
        claim.resolvesBy = row.getString(from + 9);
        claim.resolvesByLatest = row.getLocalDate(from + 10);
        claim.status = ClaimStatus.valueOf(row.getString(from + 11));
        claim.credibility = row.getInteger(from + 12);
        claim.archived = row.getBoolean(from + 13);
        claim.archivedReason = row.getString(from + 14);
        claim.createdAt = row.getOffsetDateTime(from + 15).toInstant();
        claim.updatedAt = row.getOffsetDateTime(from + 16).toInstant();
        claim.version = row.getLong(from + 17);
        return claim;
    }

    /** A claim as a single read found it, with its suggestion in force (null: none). */
    public record Read(Claim claim, ClaimSuggestion suggestion) {
    }

    /** The claim with this id, its topics and appearances in one statement (the single read's path); null if none. */
    public Uni<Claim> byId(UUID id) {
        return read(id).map(found -> found == null ? null : found.claim());
    }

    /**
     * The claim with this id, its topics, appearances and current suggestion (at most one, V7's partial unique
     * index) in one statement; null if none.
     */
    public Uni<Read> read(UUID id) {
        String sql = "SELECT " + COLUMNS + ", ARRAY(SELECT t.topic FROM claim_topic t WHERE t.claim_id = c.id "
                + "ORDER BY t.position), a.claim_id, a.url, a.publisher_id, a.published_on, a.published_earliest, "
                + "a.retrieved_at, a.quote, " + SuggestionRows.SUGGESTION_COLUMNS + " FROM claim c "
                + "LEFT JOIN claim_appearance a ON a.claim_id = c.id "
                + "LEFT JOIN claim_suggestion s ON s.claim_id = c.id AND s.recorded_to IS NULL "
                + "WHERE c.id = $1 ORDER BY a.position";
        return pool.preparedQuery(sql).execute(Tuple.of(id)).map(rows -> {
            Claim claim = null;
            ClaimSuggestion suggestion = null;
            for (Row row : rows) {
                if (claim == null) {
                    claim = claim(row, 0);
                    claim.topics.addAll(List.of(row.getArrayOfStrings(18)));
                    suggestion = SuggestionRows.suggestion(row, 26);
                }
                if (row.getUUID(19) != null) {
                    claim.appearances.add(appearance(row, 19));
                }
            }
            return claim == null ? null : new Read(claim, suggestion);
        });
    }

    /** The claim as the view sees it: now, or its version in force at knownAt (null when not recorded by then). */
    public Uni<Claim> byId(UUID id, AsOf view) {
        return view.knownAt() == null ? byId(id) : byIds(List.of(id), view).map(Repositories::first);
    }

    /**
     * The claims with these ids as the view sees them, in the order of the ids: now, or their versions in force at
     * knownAt; ids unknown (then) are left out.
     */
    public Uni<List<Claim>> byIds(Collection<UUID> ids, AsOf view) {
        if (view.knownAt() == null || ids.isEmpty()) {
            return byIds(ids);
        }
        List<Object> params = new ArrayList<>();
        params.add(ids.stream().distinct().toArray(UUID[]::new));
        String sql = "SELECT " + VERSION_COLUMNS + " FROM claim_version c WHERE c.id = ANY($1) AND "
                + view.sql(params).version("c");
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            List<Claim> found = new ArrayList<>();
            rows.forEach(row -> found.add(version(row, 0).claim()));
            return Repositories.inOrderOf(ids, found, claim -> claim.id);
        });
    }

    /**
     * Claims as a view read them, with every transition of each (what a snapshot in that view is made of), and the
     * suggestions in force at the view's moment when the view shows suggestions ({@link ClaimSuggestion#shownIn}).
     */
    public record Seen(List<Claim> claims, List<Transition> transitions, Map<UUID, ClaimSuggestion> suggestions) {
    }

    /**
     * The claims with these ids as the view sees them (now, or their versions in force at knownAt), in the order of
     * the ids, each with all its transitions and, when asked, its suggestion then, in one statement; ids unknown
     * (then) are left out.
     */
    public Uni<Seen> seen(Collection<UUID> ids, AsOf view, boolean withSuggestions) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(new Seen(List.of(), List.of(), Map.of()));
        }
        List<Object> params = new ArrayList<>();
        params.add(ids.stream().distinct().toArray(UUID[]::new));
        AsOf.Sql sql = view.sql(params);
        boolean suggested = withSuggestions && ClaimSuggestion.shownIn(view);
        // The current row in the layout of a version, so that one reader serves both.
        String from = view.knownAt() != null
                ? "SELECT " + VERSION_COLUMNS + ", " + TRANSITIONS_JSON
                : "SELECT " + COLUMNS + ", c.topics, claim_appearances_json(c.id)::text, c.updated_at, NULL::timestamptz, "
                        + "c.updated_by, " + TRANSITIONS_JSON;
        String suggestion = !suggested ? "" : ", " + SuggestionRows.SUGGESTION_COLUMNS;
        String joined = !suggested ? "" : " LEFT JOIN claim_suggestion s ON s.claim_id = c.id AND " + sql.version("s");
        String query = view.knownAt() != null
                ? from + suggestion + " FROM claim_version c" + joined + " WHERE c.id = ANY($1) AND " + sql.version("c")
                : from + suggestion + " FROM claim c" + joined + " WHERE c.id = ANY($1)";
        return pool.preparedQuery(query).execute(Tuple.from(params)).map(rows -> {
            List<Claim> found = new ArrayList<>();
            List<Transition> moves = new ArrayList<>();
            Map<UUID, ClaimSuggestion> suggestions = new HashMap<>();
            for (Row row : rows) {
                Claim claim = version(row, 0).claim();
                found.add(claim);
                new JsonArray(row.getString(23)).forEach(item -> moves.add(transition(claim.id, (JsonArray) item)));
                ClaimSuggestion in = suggested ? SuggestionRows.suggestion(row, 24) : null;
                if (in != null) {
                    suggestions.put(claim.id, in);
                }
            }
            return new Seen(Repositories.inOrderOf(ids, found, claim -> claim.id), moves, suggestions);
        });
    }

    /** A transition as {@link #TRANSITIONS_JSON} gives it. */
    private static Transition transition(UUID claimId, JsonArray json) {
        Transition move = new Transition();
        move.id = UUID.fromString(json.getString(0));
        move.claimId = claimId;
        move.from = json.getString(1) == null ? null : ClaimStatus.valueOf(json.getString(1));
        move.to = ClaimStatus.valueOf(json.getString(2));
        move.credibility = json.getInteger(3);
        move.reason = json.getString(4);
        move.evidenceUrl = json.getString(5);
        move.evidenceClaimId = json.getString(6) == null ? null : UUID.fromString(json.getString(6));
        move.effectiveOn = json.getString(7);
        move.effectiveEarliest = json.getString(8) == null ? null : LocalDate.parse(json.getString(8));
        move.effectiveLatest = json.getString(9) == null ? null : LocalDate.parse(json.getString(9));
        move.recordedAt = OffsetDateTime.parse(json.getString(10)).toInstant();
        move.actor = json.getString(11);
        move.withdrawnAt = json.getString(12) == null ? null : OffsetDateTime.parse(json.getString(12)).toInstant();
        move.withdrawnReason = json.getString(13);
        move.withdrawnBy = json.getString(14);
        return move;
    }

    /** Versions of a claim, oldest first, from {@code offset}. */
    public Uni<List<Version>> versions(UUID id, long offset, int limit) {
        String sql = "SELECT " + VERSION_COLUMNS + " FROM claim_version c WHERE c.id = $1 ORDER BY c.version "
                + "LIMIT $2 OFFSET $3";
        return pool.preparedQuery(sql).execute(Tuple.of(id, limit, offset)).map(rows -> {
            List<Version> found = new ArrayList<>();
            rows.forEach(row -> found.add(version(row, 0)));
            return found;
        });
    }

    /** One version of a claim; null when there is none with that number. */
    public Uni<Version> version(UUID id, long number) {
        return pool.preparedQuery("SELECT " + VERSION_COLUMNS + " FROM claim_version c WHERE c.id = $1 AND c.version = $2")
                .execute(Tuple.of(id, number))
                .map(rows -> rows.size() == 0 ? null : version(rows.iterator().next(), 0));
    }

    public Uni<Long> versionCount(UUID id) {
        return pool.preparedQuery("SELECT count(*) FROM claim_version WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** A row of {@link #VERSION_COLUMNS} starting at column {@code from}. */
    public static Version version(Row row, int from) {
        Claim claim = claim(row, from);
        int next = from + 18;
        claim.topics.addAll(List.of(row.getArrayOfStrings(next)));
        new JsonArray(row.getString(next + 1)).forEach(item -> claim.appearances.add(appearance((JsonObject) item)));
        OffsetDateTime to = row.getOffsetDateTime(next + 3);
        return new Version(claim, row.getOffsetDateTime(next + 2).toInstant(), to == null ? null : to.toInstant(),
                row.getString(next + 4));
    }

    /**
     * The claims with these ids, in the order of the ids, with their topics and appearances; unknown ids are left out.
     * One statement, as the single read: topics as an array sub-select, one row per appearance (a search's page of
     * claims used to take three, each a round trip).
     */
    public Uni<List<Claim>> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] wanted = ids.stream().distinct().toArray(UUID[]::new);
        return pool.preparedQuery(WITH_COLLECTIONS).execute(Tuple.of(wanted)).map(rows -> {
            Map<UUID, Claim> found = new LinkedHashMap<>();
            for (Row row : rows) {
                Claim claim = found.get(row.getUUID(0));
                if (claim == null) {
                    claim = claim(row, 0);
                    claim.topics.addAll(List.of(row.getArrayOfStrings(18)));
                    found.put(claim.id, claim);
                }
                if (row.getUUID(19) != null) {
                    claim.appearances.add(appearance(row, 19));
                }
            }
            return Repositories.inOrderOf(ids, List.copyOf(found.values()), claim -> claim.id);
        });
    }

    /** As {@link #byIds}, without the topics and appearances (one query instead of three). */
    public Uni<List<Claim>> columnsByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] wanted = ids.stream().distinct().toArray(UUID[]::new);
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM claim c WHERE c.id = ANY($1)").execute(Tuple.of(wanted))
                .map(rows -> {
                    List<Claim> found = new ArrayList<>();
                    rows.forEach(row -> found.add(claim(row, 0)));
                    return Repositories.inOrderOf(ids, found, claim -> claim.id);
                });
    }

    /** Fills in the topics and appearances of these claims (two queries, whatever their number). */
    public Uni<List<Claim>> withCollections(List<Claim> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().item(claims);
        }
        Map<UUID, Claim> byId = new LinkedHashMap<>();
        claims.forEach(claim -> byId.put(claim.id, claim));
        Tuple ids = Tuple.of(byId.keySet().toArray(UUID[]::new));
        Uni<RowSet<Row>> topics = pool.preparedQuery(TOPICS).execute(ids);
        Uni<RowSet<Row>> appearances = pool.preparedQuery(APPEARANCES).execute(ids);
        return Uni.combine().all().unis(topics, appearances).asTuple().map(found -> {
            found.getItem1().forEach(row -> byId.get(row.getUUID(0)).topics.add(row.getString(1)));
            found.getItem2().forEach(row -> byId.get(row.getUUID(0)).appearances.add(appearance(row, 0)));
            return claims;
        });
    }

    /** The relations from or to any of these claims, oldest first. */
    public Uni<List<Relation>> relations(Collection<UUID> claimIds) {
        return relations(RELATIONS, claimIds);
    }

    /** The CITES and DUPLICATES relations from or to any of these claims, oldest first. */
    public Uni<List<Relation>> echoes(Collection<UUID> claimIds) {
        return relations(ECHOES, claimIds);
    }

    private Uni<List<Relation>> relations(String query, Collection<UUID> claimIds) {
        return claimIds.isEmpty() ? Uni.createFrom().item(List.of())
                : pool.preparedQuery(query).execute(Tuple.of(claimIds.toArray(UUID[]::new))).map(rows -> {
                    List<Relation> found = new ArrayList<>();
                    for (Row row : rows) {
                        Relation relation = new Relation();
                        relation.id = row.getUUID(0);
                        relation.fromClaimId = row.getUUID(1);
                        relation.toClaimId = row.getUUID(2);
                        relation.type = RelationType.valueOf(row.getString(3));
                        relation.note = row.getString(4);
                        relation.recordedAt = row.getOffsetDateTime(5).toInstant();
                        relation.actor = row.getString(6);
                        found.add(relation);
                    }
                    return found;
                });
    }

    /** The sources of the claim and of the claims related to it, as recorded now (none: no such claim). */
    public Uni<Set<UUID>> currentSources(UUID claimId) {
        return pool.preparedQuery(CURRENT_SOURCES).execute(Tuple.of(claimId)).map(rows -> {
            Set<UUID> found = new LinkedHashSet<>();
            for (Row row : rows) {
                found.add(row.getUUID(0));
            }
            return found;
        });
    }

    /** The transitions of these claims, per claim in the order they were recorded. */
    public Uni<List<Transition>> histories(Collection<UUID> claimIds) {
        return claimIds.isEmpty() ? Uni.createFrom().item(List.of())
                : pool.preparedQuery(HISTORIES).execute(Tuple.of(claimIds.toArray(UUID[]::new))).map(rows -> {
                    List<Transition> found = new ArrayList<>();
                    for (Row row : rows) {
                        Transition move = new Transition();
                        move.id = row.getUUID(0);
                        move.claimId = row.getUUID(1);
                        move.from = row.getString(2) == null ? null : ClaimStatus.valueOf(row.getString(2));
                        move.to = ClaimStatus.valueOf(row.getString(3));
                        move.credibility = row.getInteger(4);
                        move.reason = row.getString(5);
                        move.evidenceUrl = row.getString(6);
                        move.evidenceClaimId = row.getUUID(7);
                        move.effectiveOn = row.getString(8);
                        move.effectiveEarliest = row.getLocalDate(9);
                        move.effectiveLatest = row.getLocalDate(10);
                        move.recordedAt = row.getOffsetDateTime(11).toInstant();
                        move.actor = row.getString(12);
                        OffsetDateTime withdrawn = row.getOffsetDateTime(13);
                        move.withdrawnAt = withdrawn == null ? null : withdrawn.toInstant();
                        move.withdrawnReason = row.getString(14);
                        move.withdrawnBy = row.getString(15);
                        move.suggestionId = row.getUUID(16);
                        found.add(move);
                    }
                    return found;
                });
    }

    /** An appearance as claim_version keeps it (claim_appearances_json in V6__claim_versions.sql). */
    private static Appearance appearance(JsonObject json) {
        Appearance appearance = new Appearance();
        appearance.url = json.getString("url");
        String publisher = json.getString("publisherId");
        appearance.publisherId = publisher == null ? null : UUID.fromString(publisher);
        appearance.publishedOn = json.getString("publishedOn");
        String earliest = json.getString("publishedEarliest");
        appearance.publishedEarliest = earliest == null ? null : LocalDate.parse(earliest);
        String retrieved = json.getString("retrievedAt");
        appearance.retrievedAt = retrieved == null ? null : OffsetDateTime.parse(retrieved).toInstant();
        appearance.quote = json.getString("quote");
        return appearance;
    }

    /** The appearance whose claim_id is column {@code from}, followed by its other columns. */
    static Appearance appearance(Row row, int from) {
        Appearance appearance = new Appearance();
        appearance.url = row.getString(from + 1);
        appearance.publisherId = row.getUUID(from + 2);
        appearance.publishedOn = row.getString(from + 3);
        appearance.publishedEarliest = row.getLocalDate(from + 4);
        OffsetDateTime retrieved = row.getOffsetDateTime(from + 5);
        appearance.retrievedAt = retrieved == null ? null : retrieved.toInstant();
        appearance.quote = row.getString(from + 6);
        return appearance;
    }
}
