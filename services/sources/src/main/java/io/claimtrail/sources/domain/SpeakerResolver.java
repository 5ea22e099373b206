package io.claimtrail.sources.domain;

import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.sources.store.SourceRepository;
import io.claimtrail.sources.store.SourceSearch;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Matches the speakers of an article to the registry in one go: each mention's person by name and alias (folded,
 * through the search's trigram window), its title's institution by exact name or alias, then every candidate scored
 * ({@link SpeakerScore}). Where none fits well, a new source is proposed with its likely kind.
 */
@ApplicationScoped
public class SpeakerResolver {

    /** Most mentions in one call. */
    public static final int MAX_MENTIONS = 200;

    /** One speaker as an article names it. */
    public record Mention(String name, String title, PartialDate statedOn) {
    }

    /** A source that may be the speaker, with how well it fits. */
    public record Fit(Source source, SpeakerScore score) {
    }

    /** A new source to create when none fits: its name, likely kind, and the affiliation its title suggests. */
    public record Proposal(String name, SourceKind kind, String role, String institution, UUID institutionId) {
    }

    /** What was found for one mention: the parts of its name, the best candidates, and a proposal or null. */
    public record Resolution(SpeakerTitle parsed, List<Fit> candidates, Proposal proposed) {
    }

    private record Found(SpeakerTitle parsed, List<UUID> personIds, List<UUID> institutionIds) {
    }

    private final SourceSearch search;
    private final SourceRepository sources;

    public SpeakerResolver(SourceSearch search, SourceRepository sources) {
        this.search = search;
        this.sources = sources;
    }

    @WithSession
    public Uni<List<Resolution>> resolve(List<Mention> mentions, int limit) {
        return Multi.createFrom().iterable(mentions).onItem().transformToUniAndConcatenate(this::find).collect()
                .asList().chain(found -> {
                    Set<UUID> ids = new LinkedHashSet<>();
                    found.forEach(f -> {
                        ids.addAll(f.personIds());
                        ids.addAll(f.institutionIds());
                    });
                    return sources.findFullByIds(ids).map(loaded -> {
                        Map<UUID, Source> byId = loaded.stream().collect(Collectors.toMap(s -> s.id,
                                Function.identity(), (a, b) -> a));
                        List<Resolution> out = new ArrayList<>();
                        for (int i = 0; i < found.size(); i++) {
                            out.add(resolution(found.get(i), mentions.get(i).statedOn(), byId, limit));
                        }
                        return out;
                    });
                });
    }

    private Uni<Found> find(Mention mention) {
        SpeakerTitle parsed = SpeakerTitle.parse(mention.name(), mention.title());
        SourceSearch.Filter filter = new SourceSearch.Filter(parsed.person(), null, null, null, false, AsOf.NOW);
        Uni<List<UUID>> persons = parsed.person().isBlank() ? Uni.createFrom().item(List.of())
                : search.search(filter, new PageRequest(0, 20)).map(SourceSearch.Hits::ids);
        Uni<List<UUID>> institutions = parsed.institution() == null ? Uni.createFrom().item(List.of())
                : search.exact(parsed.institution()).map(matches -> {
                    List<UUID> ids = new ArrayList<>(matches.byName());
                    ids.addAll(matches.byAlias());
                    return ids;
                });
        return persons.chain(p -> institutions.map(i -> new Found(parsed, p, i)));
    }

    private static Resolution resolution(Found found, PartialDate statedOn, Map<UUID, Source> byId, int limit) {
        Set<UUID> institutionIds = new HashSet<>();
        found.institutionIds().stream().map(byId::get)
                .filter(s -> s != null && !s.archived).forEach(s -> institutionIds.add(s.id));
        List<Fit> fits = found.personIds().stream().map(byId::get).filter(s -> s != null && !s.archived)
                .map(s -> new Fit(s, SpeakerScore.of(found.parsed().person(), s, institutionIds, statedOn)))
                .sorted(Comparator.comparingDouble((Fit f) -> -f.score().score())
                        .thenComparing(f -> f.source().name).thenComparing(f -> f.source().id))
                .limit(limit).toList();
        boolean fitsWell = !fits.isEmpty() && fits.get(0).score().score() >= SpeakerScore.GOOD_ENOUGH;
        Proposal proposal = fitsWell ? null : new Proposal(found.parsed().person(), found.parsed().proposedKind(),
                found.parsed().role(), found.parsed().institution(),
                institutionIds.size() == 1 ? institutionIds.iterator().next() : null);
        return new Resolution(found.parsed(), fits, proposal);
    }
}
