package io.claimtrail.sources.store;

import io.claimtrail.common.api.PageRequest;
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
 * Finds source ids by name or alias, ignoring case and accents, closest first. Uses the stored folded names and
 * their trigram and btree indexes ({@code V2__stored_folded_names.sql}); the entities are loaded afterwards by id.
 */
@ApplicationScoped
public class SourceSearch {

    /** Filters of a listing; null means "any". */
    public record Filter(String q, SourceKind kind, String country, Reliability reliability, boolean includeArchived) {
    }

    /** Sources whose name, and those whose alias, matched exactly. */
    public record ExactMatches(List<UUID> byName, List<UUID> byAlias) {
    }

    /** One page of matching ids, in rank order, and the number of all matches. */
    public record Hits(List<UUID> ids, long total) {
    }

    private static final Pattern ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");

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
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (folded != null) {
            params.add(folded);
            params.add("%" + escapeLike(folded) + "%");
            params.add(escapeLike(folded) + "%");
            sql.append("""
                    WITH matched AS (
                        SELECT id AS source_id, name_folded AS folded FROM source
                         WHERE name_folded LIKE $2 OR $1 <% name_folded
                        UNION ALL
                        SELECT source_id, alias_folded FROM source_alias
                         WHERE alias_folded LIKE $2 OR $1 <% alias_folded
                    ), ranked AS (
                        SELECT source_id, max(CASE WHEN folded = $1 THEN 3 WHEN folded LIKE $3 THEN 2 ELSE 1 END
                                              + word_similarity($1, folded)) AS score
                          FROM matched GROUP BY source_id
                    )
                    SELECT s.id, count(*) OVER () AS total FROM ranked r JOIN source s ON s.id = r.source_id WHERE true
                    """);
        } else {
            sql.append("SELECT s.id, count(*) OVER () AS total FROM source s WHERE true\n");
        }
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
        sql.append(folded != null ? " ORDER BY r.score DESC, s.name, s.id" : " ORDER BY s.name, s.id");
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
                        return Uni.createFrom().item(new Hits(ids, Math.max(total, 0)));
                    }
                    // Past the last page the window count is not seen: count without paging.
                    return count(sql.toString(), params).map(count -> new Hits(ids, count));
                });
    }

    private Uni<Long> count(String pagedSql, List<Object> params) {
        String sql = "SELECT count(*) FROM (" + pagedSql.substring(0, pagedSql.lastIndexOf(" LIMIT ")) + ") page";
        return pool.preparedQuery(sql).execute(Tuple.from(params.subList(0, params.size() - 2)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
