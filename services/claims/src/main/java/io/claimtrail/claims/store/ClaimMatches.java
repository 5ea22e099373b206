package io.claimtrail.claims.store;

import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The stored claims most like some texts, in one statement for a whole batch: for each text, the live claims of its
 * sources (any source when it names none) whose statedOn may fall in its window, that share trigrams (pg_trgm's
 * {@code %}) or a word with it, with their trigram similarity and their full-text rank relative to the text's own.
 * Served by the trigram and full-text indexes and claim_source (V1, V9); as known at a moment, by claim_version.
 */
@ApplicationScoped
public class ClaimMatches {

    /** A text to match: its sources (null: any), its window (null bounds: open), a claim to leave out (or null). */
    public record Probe(int index, String text, List<UUID> sources, LocalDate from, LocalDate to, UUID exclude) {
    }

    /** A stored claim found for the probe {@code index}. */
    public record Candidate(int index, UUID claimId, String text, UUID sourceId, String statedOn, double similarity,
            double textRank) {
    }

    private final Pool pool;

    public ClaimMatches(Pool pool) {
        this.pool = pool;
    }

    /**
     * Up to {@code pool} candidates per probe, best first by similarity plus relative rank; the view gives the claims
     * as certainly stated by its day and as recorded at its moment. Probes with sources and without go in one
     * statement each, as a source filter either holds for every row of a statement or for none.
     */
    public Uni<List<Candidate>> find(List<Probe> probes, AsOf view, int pool) {
        List<Probe> scoped = probes.stream().filter(p -> p.sources() != null).toList();
        List<Probe> open = probes.stream().filter(p -> p.sources() == null).toList();
        return run(scoped, true, view, pool).chain(first -> run(open, false, view, pool).map(second -> {
            List<Candidate> all = new ArrayList<>(first);
            all.addAll(second);
            return all;
        }));
    }

    private Uni<List<Candidate>> run(List<Probe> probes, boolean scoped, AsOf view, int limit) {
        if (probes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Object> params = new ArrayList<>();
        params.add(probes.stream().map(Probe::index).toArray(Integer[]::new));
        params.add(probes.stream().map(Probe::text).toArray(String[]::new));
        params.add(probes.stream().map(Probe::from).toArray(LocalDate[]::new));
        params.add(probes.stream().map(Probe::to).toArray(LocalDate[]::new));
        params.add(probes.stream().map(Probe::exclude).toArray(UUID[]::new));
        params.add(limit);
        String window = "(q.from_day IS NULL OR c.stated_latest IS NULL OR c.stated_latest >= q.from_day)"
                + " AND (q.to_day IS NULL OR c.stated_earliest IS NULL OR c.stated_earliest <= q.to_day)";
        StringBuilder where = new StringBuilder(" WHERE NOT c.archived AND (q.exclude IS NULL OR c.id <> q.exclude)"
                + " AND (c.text % q.text OR c.search @@ w.query)");
        String table = view.knownAt() == null ? "claim c" : "claim_version c";
        if (scoped) {
            params.add(probes.stream().flatMap(p -> p.sources().stream().map(s -> p.index())).toArray(Integer[]::new));
            params.add(probes.stream().flatMap(p -> p.sources().stream()).toArray(UUID[]::new));
            // The speakers' claims first, by the source index, then their words: left to itself PostgreSQL ANDs the
            // speakers' few rows with bitmaps of every claim sharing a trigram or a word of the text, which for
            // common words is every claim (2.6 s a probe on 1M claims, against 4 ms; OFFSET 0 keeps it apart).
            table = "(SELECT * FROM " + table + " WHERE c.source_id = ANY (ARRAY(SELECT s.source"
                    + " FROM unnest($7::int[], $8::uuid[]) AS s(idx, source) WHERE s.idx = q.idx)) AND " + window
                    + " OFFSET 0) c";
        } else {
            where.append(" AND ").append(window);
        }
        AsOf.Sql sql = view.sql(params);
        if (view.knownAt() != null) {
            where.append(" AND ").append(sql.version("c"));
        }
        if (view.day() != null) {
            where.append(" AND ").append(sql.stated("c.stated_latest"));
        }
        // OR of the text's words: a paraphrase shares some of them, seldom all (plainto_tsquery joins them by AND).
        String query = "SELECT q.idx, m.id, m.text, m.source_id, m.stated_on, m.similarity, m.text_rank"
                + " FROM unnest($1::int[], $2::text[], $3::date[], $4::date[], $5::uuid[])"
                + " AS q(idx, text, from_day, to_day, exclude)"
                + " CROSS JOIN LATERAL (SELECT replace(plainto_tsquery('english', q.text)::text, ' & ', ' | ')::tsquery"
                + " AS query, to_tsvector('english', q.text) AS own) w"
                + " CROSS JOIN LATERAL (SELECT c.id, c.text, c.source_id, c.stated_on,"
                + " similarity(c.text, q.text) AS similarity,"
                + " coalesce(ts_rank(c.search, w.query) / nullif(ts_rank(w.own, w.query), 0), 0) AS text_rank"
                + " FROM " + table + where
                + " ORDER BY similarity(c.text, q.text) + coalesce(ts_rank(c.search, w.query)"
                + " / nullif(ts_rank(w.own, w.query), 0), 0) DESC, c.id LIMIT $6) m";
        return pool.preparedQuery(query).execute(Tuple.from(params)).map(rows -> {
            List<Candidate> found = new ArrayList<>();
            for (Row row : rows) {
                found.add(new Candidate(row.getInteger(0), row.getUUID(1), row.getString(2), row.getUUID(3),
                        row.getString(4), row.getDouble(5), row.getDouble(6)));
            }
            return found;
        });
    }
}
