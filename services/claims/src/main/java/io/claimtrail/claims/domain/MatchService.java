package io.claimtrail.claims.domain;

import io.claimtrail.claims.client.SourceDirectory;
import io.claimtrail.claims.client.SourceSummary;
import io.claimtrail.claims.store.ClaimMatches;
import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Finds the recorded claims most like some texts (issue #13, claim matching): for a text with a speaker, the claims
 * of the speaker and of the institutions it spoke for on that day ({@link Membership#speakingFor}, from one batch
 * call to the sources service); without one, the claims of every source; in both cases stated within
 * {@code windowDays} of its statedOn (any day without one). {@link MatchRules} scores and judges each candidate.
 */
@ApplicationScoped
public class MatchService {

    public static final int DEFAULT_WINDOW_DAYS = 30;
    public static final int DEFAULT_LIMIT = 5;
    /** Candidates read per text before scoring: the statement pre-orders them by similarity plus rank. */
    private static final int POOL = 40;

    /** A text to match, with its speaker and when it was said (both optional). */
    public record Probe(String text, UUID sourceId, PartialDate statedOn) {
    }

    /** A recorded claim like a probe, with the measures and the verdict of {@link MatchRules}. */
    public record Match(UUID claimId, String text, UUID sourceId, String statedOn, double similarity, double textRank,
            MatchRules.Verdict verdict) {
    }

    private final ClaimMatches matches;
    private final SourceDirectory directory;

    public MatchService(ClaimMatches matches, SourceDirectory directory) {
        this.matches = matches;
        this.directory = directory;
    }

    /** Loads the OpenNLP models {@link ClaimFrame} tags with at startup, once, rather than in the first request. */
    void loadModels(@Observes StartupEvent event) {
        ClaimFrame.of("The models load once.");
    }

    /** For each probe, in order, its best {@code limit} matches, best score first. */
    public Uni<List<List<Match>>> similar(List<Probe> probes, int windowDays, int limit, AsOf view) {
        return similar(probes, null, windowDays, limit, view);
    }

    /** The same for a recorded claim, leaving it out. */
    public Uni<List<Match>> similarTo(Claim claim, int windowDays, int limit, AsOf view) {
        return similar(List.of(probe(claim)), claim.id, windowDays, limit, view).map(found -> found.get(0));
    }

    /**
     * The duplicates and near ones (at most {@link #DEFAULT_LIMIT}) of a claim just recorded, in one statement: its
     * speaker's institutions come from the sources the write already read ({@code network}).
     */
    public Uni<List<Match>> possibleDuplicates(Claim claim, Map<UUID, SourceSummary> network) {
        Probe probe = probe(claim);
        List<UUID> sources = List.copyOf(Membership.speakingFor(claim.sourceId, probe.statedOn(), network));
        return matches.find(List.of(probe(0, probe, sources, DEFAULT_WINDOW_DAYS, claim.id)), AsOf.NOW, POOL)
                .map(found -> ranked(List.of(probe), found, DEFAULT_LIMIT).get(0).stream()
                        .filter(m -> m.verdict().near()).toList());
    }

    private Uni<List<List<Match>>> similar(List<Probe> probes, UUID exclude, int windowDays, int limit, AsOf view) {
        List<UUID> speakers = probes.stream().map(Probe::sourceId).filter(Objects::nonNull).distinct().toList();
        Uni<Map<UUID, SourceSummary>> network = speakers.isEmpty() ? Uni.createFrom().item(Map.of())
                : directory.network(speakers, view.recordOnly(), true, false)
                        .onFailure().transform(e -> ServiceUnavailable.of("sources", e));
        return network.chain(found -> {
            List<ClaimMatches.Probe> queries = new ArrayList<>();
            for (int i = 0; i < probes.size(); i++) {
                Probe p = probes.get(i);
                List<UUID> sources = p.sourceId() == null ? null
                        : List.copyOf(Membership.speakingFor(p.sourceId(), p.statedOn(), found));
                queries.add(probe(i, p, sources, windowDays, exclude));
            }
            return matches.find(queries, view, Math.max(POOL, limit)).map(rows -> ranked(probes, rows, limit));
        });
    }

    private static ClaimMatches.Probe probe(int index, Probe p, List<UUID> sources, int windowDays, UUID exclude) {
        LocalDate from = p.statedOn() == null ? null : p.statedOn().earliest().map(d -> d.minusDays(windowDays)).orElse(null);
        LocalDate to = p.statedOn() == null ? null : p.statedOn().latest().map(d -> d.plusDays(windowDays)).orElse(null);
        return new ClaimMatches.Probe(index, p.text(), sources, from, to, exclude);
    }

    private static Probe probe(Claim claim) {
        return new Probe(claim.text, claim.sourceId, claim.stated());
    }

    private static List<List<Match>> ranked(List<Probe> probes, List<ClaimMatches.Candidate> rows, int limit) {
        List<List<Match>> byProbe = new ArrayList<>();
        probes.forEach(p -> byProbe.add(new ArrayList<>()));
        Map<Integer, ClaimFrame> frames = new HashMap<>();
        for (ClaimMatches.Candidate c : rows) {
            String text = probes.get(c.index()).text();
            ClaimFrame frame = frames.computeIfAbsent(c.index(), i -> ClaimFrame.of(text));
            MatchRules.Verdict verdict = MatchRules.judge(text, frame, c.text(), ClaimFrame.of(c.text()),
                    c.similarity(), c.textRank());
            byProbe.get(c.index()).add(new Match(c.claimId(), c.text(), c.sourceId(), c.statedOn(), c.similarity(),
                    c.textRank(), verdict));
        }
        Comparator<Match> best = Comparator.comparingDouble((Match m) -> m.verdict().score()).reversed()
                .thenComparing(m -> m.claimId().toString());
        return byProbe.stream().map(list -> list.stream().sorted(best).limit(limit).toList()).toList();
    }
}
