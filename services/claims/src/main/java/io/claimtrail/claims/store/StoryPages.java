package io.claimtrail.claims.store;

import io.claimtrail.claims.domain.Claim;
import io.claimtrail.claims.domain.Membership;
import io.claimtrail.claims.domain.Relation;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story's claims in statedOn order, one page at a time by keyset: a page starts after the position its cursor
 * names (the last claim of the previous page), so each costs about the same whatever its place in the story (no
 * OFFSET re-sorting the whole story).
 * Each topic is one ordered scan of {@code claim_topic_story_order} that stops after a page of live claims; the
 * pinned claims are sorted by the same key; the scans are merged and claims in several of them kept once. A page of
 * current claims is one statement: each claim's row is read once, in its scan, with its topics (claim.topics), its
 * relations when asked and its appearances.
 */
@ApplicationScoped
public class StoryPages {

    /**
     * One page of claims in order, and the cursor of the next page, null after the last; with the relations from or
     * to them, oldest first, when they were read with the page (null: not read).
     */
    public record Found(List<Claim> claims, String next, List<Relation> relations) {
    }

    /** Where a page starts: after the claim with these date bounds (open ends as -infinity / infinity) and id. */
    record Cursor(String earliest, String latest, UUID id) {

        static final Cursor START = new Cursor("-infinity", "-infinity", new UUID(0, 0));
        private static final Pattern DATE = Pattern.compile("-?infinity|(\\d{4,7})-(\\d{2})-(\\d{2})( BC)?");

        String encode() {
            String plain = earliest + "|" + latest + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor a previous page gave; anything else is a 400 naming {@code after}. */
        static Cursor decode(String text) {
            return decode("after", text);
        }

        /** The cursor a previous page or its marks gave; anything else is a 400 naming {@code field}. */
        static Cursor decode(String field, String text) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                String[] parts = plain.split("\\|", -1);
                if (parts.length == 3 && date(parts[0]) && date(parts[1]) && parts[2].length() == 36) {
                    return new Cursor(parts[0], parts[1], UUID.fromString(parts[2]));
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw ProblemException.invalid(field, "is not a cursor this service gave: pass the `next` of the "
                    + "previous page or one of its `marks`");
        }

        /** A date as PostgreSQL writes it ({@code 2024-07-01}, {@code 0044-03-15 BC}, infinities) and can read back. */
        private static boolean date(String text) {
            Matcher m = DATE.matcher(text);
            if (!m.matches()) {
                return false;
            }
            if (m.group(1) == null) {
                return true;
            }
            int year = Integer.parseInt(m.group(1));
            boolean bc = m.group(4) != null;
            if (year == 0 || year > (bc ? 4713 : 5_874_896)) {
                return false;
            }
            try {
                // 1 BC is the proleptic year 0 of java.time, whose leap years then agree with PostgreSQL's
                LocalDate.of(bc ? 1 - year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

    /** A current claim's columns ({@link ClaimRows#COLUMNS}) and topics, as each scan of a current page reads them. */
    private static final String CURRENT = ClaimRows.COLUMNS + ", c.topics";
    /** The same columns of the page (the scans' union), in the same order. */
    private static final String PAGE_COLUMNS = CURRENT.replaceAll("\\bc\\.", "page.");

    private final Pool pool;

    public StoryPages(Pool pool) {
        this.pool = pool;
    }

    /**
     * Up to {@code size} live claims with any of the topics or one of the pinned ids, after the cursor {@code after}
     * (null for the first page) and, when {@code until} is given, at or before the position it names, as the view
     * sees them: with a day only those certainly stated by then; with a moment the versions recorded then (their
     * topics, dates and archived flag as they were). With {@code speakers} (null: anyone) only the claims of those
     * sources, each stated within its window ({@link Membership}).
     */
    public Uni<Found> page(List<String> topics, List<UUID> pinnedIds, AsOf view, List<Membership.Window> speakers,
            String after, String until, int size, boolean withRelations) {
        Cursor from = after == null ? Cursor.START : Cursor.decode(after);
        Cursor to = until == null ? null : Cursor.decode("until", until);
        // One claim more than the page tells whether another page follows, so the last page is never an empty one.
        List<Object> params = new ArrayList<>(List.of(from.earliest(), from.latest(), from.id(), size + 1));
        String position = "($1::text::date, $2::text::date, $3::uuid)";
        String end = "";
        if (to != null) {
            params.addAll(List.of(to.earliest(), to.latest(), to.id()));
            end = "($5::text::date, $6::text::date, $7::uuid)";
        }
        AsOf.Sql sql = view.sql(params);
        boolean recorded = view.knownAt() != null;
        StringBuilder live = new StringBuilder(" AND NOT c.archived");
        if (view.day() != null) {
            live.append(" AND ").append(sql.stated("c.stated_latest"));
        }
        if (recorded) {
            live.append(" AND ").append(sql.version("c"));
        }
        String spoken = speakers == null ? "" : " AND " + Membership.sql(speakers, params);
        live.append(spoken);
        List<String> scans = new ArrayList<>();
        // One ordered scan per topic: claim_topic (V4) for the current claims, claim_version_topic (V8) for the
        // versions recorded then, each row with its claim's date bounds. The day bound is implied by stated (a
        // claim's earliest bound is never after its latest) but on the index: the scan stops at the day instead of
        // reading the rest of the story.
        String bounded = view.day() == null ? "" : " AND ct.stated_earliest <= " + sql.day();
        for (String topic : topics.stream().distinct().toList()) {
            params.add(topic);
            String onward = " AND (ct.stated_earliest, ct.stated_latest, ct.claim_id) > " + position + bounded
                    + (to == null ? "" : " AND (ct.stated_earliest, ct.stated_latest, ct.claim_id) <= " + end);
            String order = " ORDER BY ct.stated_earliest, ct.stated_latest, ct.claim_id LIMIT $4)";
            scans.add(recorded
                    // claim_version_topic carries all the view needs (open bounds as infinities are never stated)
                    ? "(SELECT ct.claim_id AS id, ct.stated_earliest AS e, ct.stated_latest AS l"
                            + " FROM claim_version_topic ct" + (speakers == null ? "" : " JOIN claim_version c"
                                    + " ON c.id = ct.claim_id AND c.version = ct.version" + spoken)
                            + " WHERE ct.topic = $" + params.size()
                            + onward + " AND NOT ct.archived AND " + sql.stated("ct.stated_latest") + " AND "
                            + sql.version("ct") + order
                    // the claim's columns are read here, where its row is fetched to test it, and not again
                    : "(SELECT ct.stated_earliest AS e, ct.stated_latest AS l, " + CURRENT + " FROM claim_topic ct"
                            + " JOIN claim c ON c.id = ct.claim_id WHERE ct.topic = $" + params.size() + onward + live
                            + order);
        }
        if (!pinnedIds.isEmpty()) {
            params.add(pinnedIds.toArray(UUID[]::new));
            String key = "(coalesce(c.stated_earliest, '-infinity'), coalesce(c.stated_latest, 'infinity'), c.id)";
            String within = " AND " + key + " > " + position + (to == null ? "" : " AND " + key + " <= " + end);
            scans.add(recorded ? keyed("claim_version c WHERE c.id = ANY($" + params.size() + ")", within, live)
                    : "(SELECT coalesce(c.stated_earliest, '-infinity') AS e, coalesce(c.stated_latest, 'infinity') AS l, "
                            + CURRENT + " FROM claim c WHERE c.id = ANY($" + params.size() + ")"
                            + within + live + " ORDER BY 1, 2, 3 LIMIT $4)");
        }
        if (scans.isEmpty()) {
            return Uni.createFrom().item(new Found(List.of(), null, withRelations ? List.of() : null));
        }
        if (!recorded) {
            return current(scans, params, size, withRelations);
        }
        String query = "WITH page AS (SELECT DISTINCT ON (e, l, id) id, e, l FROM (" + String.join(" UNION ALL ", scans)
                + ") candidates ORDER BY e, l, id LIMIT $4)"
                + " SELECT page.e::text, page.l::text, " + ClaimRows.VERSION_COLUMNS
                + " FROM page JOIN claim_version c ON c.id = page.id AND " + sql.version("c")
                + " ORDER BY page.e, page.l, page.id";
        return pool.preparedQuery(query).execute(Tuple.from(params)).map(found -> {
            List<Claim> claims = new ArrayList<>();
            Cursor last = null;
            for (Row row : found) {
                if (claims.size() == size) {
                    break;
                }
                Claim claim = ClaimRows.version(row, 2).claim();
                claims.add(claim);
                last = new Cursor(row.getString(0), row.getString(1), claim.id);
            }
            return new Found(claims, found.size() > size ? last.encode() : null, null);
        });
    }

    /**
     * The page of current claims in one statement (a round trip per page): the scans give each claim's columns and
     * topics (claim.topics, V5); the page's claims get their relations when asked (a JSON array each) and are joined
     * to their appearances (a row per appearance, in position order).
     */
    private Uni<Found> current(List<String> scans, List<Object> params, int size, boolean withRelations) {
        String query = "WITH page AS (SELECT DISTINCT ON (e, l, id) * FROM (" + String.join(" UNION ALL ", scans)
                + ") candidates ORDER BY e, l, id LIMIT $4),"
                // materialized: each claim's relations read once, not once per appearance row
                + " linked AS MATERIALIZED (SELECT page.*, "
                + (withRelations ? ClaimRows.relationsJson("page.id") : "NULL::text") + " AS links FROM page)"
                + " SELECT page.e::text, page.l::text, " + PAGE_COLUMNS + ", page.links, a.claim_id, a.url,"
                + " a.publisher_id, a.published_on, a.published_earliest, a.retrieved_at, a.quote"
                + " FROM linked page LEFT JOIN claim_appearance a ON a.claim_id = page.id"
                + " ORDER BY page.e, page.l, page.id, a.position";
        return pool.preparedQuery(query).execute(Tuple.from(params)).map(found -> {
            List<Claim> claims = new ArrayList<>();
            Map<UUID, Relation> relations = new LinkedHashMap<>();
            Claim claim = null;
            Cursor last = null;
            boolean more = false;
            for (Row row : found) {
                if (claim == null || !claim.id.equals(row.getUUID(2))) {
                    if (claims.size() == size) {
                        more = true;
                        break;
                    }
                    claim = ClaimRows.claim(row, 2);
                    claim.topics.addAll(List.of(row.getArrayOfStrings(20)));
                    claims.add(claim);
                    last = new Cursor(row.getString(0), row.getString(1), claim.id);
                    String links = row.getString(21);
                    if (links != null) {
                        // a relation between two claims of the page comes with both: kept once
                        new JsonArray(links).forEach(item -> {
                            Relation relation = ClaimRows.relation((JsonArray) item);
                            relations.putIfAbsent(relation.id, relation);
                        });
                    }
                }
                if (row.getUUID(22) != null) {
                    claim.appearances.add(ClaimRows.appearance(row, 22));
                }
            }
            return new Found(claims, more ? last.encode() : null, !withRelations ? null
                    : relations.values().stream().sorted(OLDEST_FIRST).toList());
        });
    }

    /** The order of the relations statement: recorded_at, then id as PostgreSQL orders uuids (their bytes). */
    private static final Comparator<Relation> OLDEST_FIRST = Comparator.comparing((Relation r) -> r.recordedAt)
            .thenComparing(r -> r.id.toString());

    /** Claims of {@code fromWhere} (alias c) within the positions, in story order, with their open ends as infinities. */
    private static String keyed(String fromWhere, String within, CharSequence live) {
        return "(SELECT c.id, coalesce(c.stated_earliest, '-infinity') AS e, coalesce(c.stated_latest, 'infinity') AS l"
                + " FROM " + fromWhere + within + live + " ORDER BY 2, 3, 1 LIMIT $4)";
    }
}
