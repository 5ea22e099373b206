package io.claimtrail.sources.store;

import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.sources.domain.Reliability;
import io.claimtrail.sources.domain.SourceKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finds source ids by name or alias, ignoring case and accents, closest first among at most {@link #WINDOW}
 * matches. Uses the stored folded names and their trigram and btree indexes ({@code V2__stored_folded_names.sql});
 * the entities are loaded afterwards by id.
 */
@ApplicationScoped
public class SourceSearch {

    /** Filters of a listing; null means "any". */
    public record Filter(String q, SourceKind kind, String country, Reliability reliability, boolean includeArchived,
            AsOf view) {
    }

    /** Sources whose name, and those whose alias, matched exactly. */
    public record ExactMatches(List<UUID> byName, List<UUID> byAlias) {
    }

    /**
     * One page of matching ids, in rank order, and the number of all matches; for a search that matched more than
     * its window, the number of sources in the window and {@code totalExact} false.
     */
    public record Hits(List<UUID> ids, long total, Boolean totalExact) {
    }

    /** A search considers at most this many matching names and aliases. */
    public static final int WINDOW = 1000;

    /**
     * How a folded name or alias {f} matches $1 (q folded; $2 is it as a LIKE substring): equal, containing it,
     * or similar to it by trigrams; closest first, each leaving out what an earlier one matched.
     */
    private static final List<String> TIERS = List.of("{f} = $1", "{f} LIKE $2 AND {f} <> $1",
            "$1 <% {f} AND {f} NOT LIKE $2");

    private static final Pattern ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");

    /** A folded q pg_trgm splits into the same words wherever it stands between spaces: ASCII letters and digits. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("[a-z0-9]+( [a-z0-9]+)*");

    private final Pool pool;

    public SourceSearch(Pool pool) {
        this.pool = pool;
    }

    public Uni<Hits> search(Filter filter, PageRequest page) {
        if (filter.q() == null || filter.q().isBlank()) {
            return run(filter, page, null);
        }
        return fold(filter.q()).chain(folded -> run(filter, page, folded));
    }

    /**
     * The sources whose name or one alias folds to the same text as {@code name}, or as {@code name} without a
     * leading English article: "the Pentagon" finds the alias "Pentagon".
     */
    public Uni<ExactMatches> exact(String name) {
        String sql = """
                SELECT id, 0 AS by_alias FROM source
                 WHERE name_folded IN (claimtrail_fold($1), claimtrail_fold($2))
                UNION ALL
                SELECT source_id, 1 FROM source_alias
                 WHERE alias_folded IN (claimtrail_fold($1), claimtrail_fold($2))""";
        String withoutArticle = ARTICLE.matcher(name.strip()).replaceFirst("");
        return pool.preparedQuery(sql).execute(Tuple.of(name, withoutArticle))
                .map(rows -> {
                    List<UUID> byName = new ArrayList<>();
                    List<UUID> byAlias = new ArrayList<>();
                    for (Row row : rows) {
                        List<UUID> list = row.getInteger(1) == 0 ? byName : byAlias;
                        if (!list.contains(row.getUUID(0))) {
                            list.add(row.getUUID(0));
                        }
                    }
                    return new ExactMatches(byName, byAlias);
                });
    }

    private Uni<String> fold(String q) {
        return pool.preparedQuery("SELECT claimtrail_fold($1)").execute(Tuple.of(q))
                .map(rows -> rows.iterator().next().getString(0));
    }

    private Uni<Hits> run(Filter filter, PageRequest page, String folded) {
        if (folded != null) {
            return window(filter, page, folded);
        }
        List<Object> params = new ArrayList<>();
        // As known at a moment: the versions recorded then, with their names, kinds and archived flags.
        StringBuilder sql = new StringBuilder(filter.view().knownAt() == null
                ? "SELECT s.id, count(*) OVER () AS total FROM source s WHERE true"
                : "SELECT s.id, count(*) OVER () AS total FROM source_version s WHERE "
                        + filter.view().sql(params).version("s"));
        sql.append(conditions(filter, params)).append(" ORDER BY s.name, s.id");
        params.add(page.size());
        sql.append(" LIMIT $").append(params.size());
        params.add(page.offset());
        sql.append(" OFFSET $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params))
                .chain(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    long total = -1;
                    for (Row row : rows) {
                        ids.add(row.getUUID(0));
                        total = row.getLong(1);
                    }
                    if (total >= 0 || page.offset() == 0) {
                        return Uni.createFrom().item(new Hits(ids, Math.max(total, 0), null));
                    }
                    // Past the last page no row carries count(*) OVER (): count without paging.
                    return count(sql.toString(), params).map(count -> new Hits(ids, count, null));
                });
    }

    /**
     * One page of the window of a search: up to {@link #WINDOW} matching names and aliases, taken tier by tier
     * ({@link #TIERS}) and, inside the tier that does not fit whole, in the order the indexes give them; their
     * sources ranked closest first as before. The scans stop once the window is full and a tier not reached is not
     * read, so a common word costs one trigram index scan and a thousand rows, whatever the number of matches.
     */
    private Uni<Hits> window(Filter filter, PageRequest page, String folded) {
        String like = escapeLike(folded);
        List<Object> params = new ArrayList<>(List.of(folded, "%" + like + "%", like + "%"));
        params.add(wholeWords(folded));
        String live = conditions(filter, params);
        List<String> matches = new ArrayList<>();
        for (String tier : TIERS) {
            matches.add("SELECT s.id AS source_id, s.name, s.name_folded AS folded FROM source s WHERE "
                    + tier.replace("{f}", "s.name_folded") + live);
            matches.add("SELECT s.id, s.name, a.alias_folded FROM source_alias a JOIN source s ON s.id = a.source_id"
                    + " WHERE " + tier.replace("{f}", "a.alias_folded") + live);
        }
        params.add(page.size());
        params.add(page.offset());
        // A plain Append reads the branches in this order and stops at the LIMIT: the sources' connections turn
        // parallel query off (application.properties), since a Parallel Append would mix the tiers.
        String sql = "WITH hits AS MATERIALIZED (SELECT source_id, name, folded, row_number() OVER () AS n FROM ("
                + String.join(" UNION ALL ", matches) + " LIMIT " + (WINDOW + 1) + ") m), "
                + """
                ranked AS (
                    SELECT source_id, name, max(CASE WHEN folded = $1 THEN 3 WHEN folded LIKE $3 THEN 2 ELSE 1 END
                                                + CASE WHEN strpos(' ' || folded || ' ', $4) > 0 THEN 1
                                                       ELSE word_similarity($1, folded) END) AS score
                      FROM hits WHERE n <= %d GROUP BY source_id, name
                )
                SELECT (SELECT count(*) FROM hits), (SELECT count(*) FROM ranked),
                       ARRAY(SELECT source_id FROM ranked ORDER BY score DESC, name, source_id LIMIT $%d OFFSET $%d)
                """.formatted(WINDOW, params.size() - 1, params.size());
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            Row row = rows.iterator().next();
            List<UUID> ids = List.of(row.getArrayOfUUIDs(2));
            return row.getLong(0) > WINDOW ? new Hits(ids, row.getLong(1), false) : new Hits(ids, row.getLong(1), null);
        });
    }

    /** The filters other than q, on a source aliased {@code s}. */
    private static String conditions(Filter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (!filter.includeArchived()) {
            sql.append(" AND NOT s.archived");
        }
        if (filter.kind() != null) {
            params.add(filter.kind().name());
            sql.append(" AND s.kind = $").append(params.size());
        }
        if (filter.country() != null) {
            params.add(filter.country());
            sql.append(" AND s.country = $").append(params.size());
        }
        if (filter.reliability() != null) {
            params.add(filter.reliability().name());
            sql.append(" AND s.reliability = $").append(params.size());
        }
        return sql.toString();
    }

    private Uni<Long> count(String pagedSql, List<Object> params) {
        String sql = "SELECT count(*) FROM (" + pagedSql.substring(0, pagedSql.lastIndexOf(" LIMIT ")) + ") page";
        return pool.preparedQuery(sql).execute(Tuple.from(params.subList(0, params.size() - 2)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * q between spaces, when a name holding it so needs no {@code word_similarity}: q's words are then words of the
     * name too, every trigram of q is in one stretch of the name's, and the similarity is 1. Computing it costs
     * about 3 microseconds a name, most of a search whose window is full of such names. Null (no shortcut) for any
     * other q: pg_trgm splits words at characters that depend on the database's locale.
     */
    static String wholeWords(String folded) {
        return PLAIN_WORDS.matcher(folded).matches() ? " " + folded + " " : null;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
