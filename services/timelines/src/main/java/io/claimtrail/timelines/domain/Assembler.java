package io.claimtrail.timelines.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.client.CalleeRefused;
import io.claimtrail.timelines.client.ClaimDirectory;
import io.claimtrail.timelines.client.SourceDirectory;
import io.claimtrail.timelines.client.SourceSummary;
import io.claimtrail.timelines.client.StoryPage;
import io.claimtrail.timelines.client.StoryQuery;
import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.timelines.store.EventRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Assembles a timeline: its events from this service, its claims from the claims service one page of 1000 per
 * call, and the names of all their sources from the sources service 1000 per call. A service that fails or is
 * too slow leaves a warning and a degraded answer instead of an error.
 */
@ApplicationScoped
public class Assembler {

    private final TimelineService timelines;
    private final EventRepository events;
    private final ClaimDirectory claims;
    private final SourceDirectory sources;
    /** Pages of claims requested at the same time once the first page is in. */
    static final int PAGES_AT_ONCE = 3;

    private final Duration claimsBudget;

    public Assembler(TimelineService timelines, EventRepository events, ClaimDirectory claims, SourceDirectory sources,
            @ConfigProperty(name = "timelines.assembly.claims-budget", defaultValue = "20s") Duration claimsBudget) {
        this.timelines = timelines;
        this.events = events;
        this.claims = claims;
        this.sources = sources;
        this.claimsBudget = claimsBudget;
    }

    /** The whole timeline, or the entries that may fall in [from, to] when given. */
    public Uni<Assembled> assemble(String idOrSlug, LocalDate asOf, Instant knownAt, PartialDate from, PartialDate to,
            boolean withHistory) {
        return loadLocal(idOrSlug, asOf, knownAt).chain(local -> {
            List<String> warnings = new ArrayList<>();
            int[] calls = new int[2];
            return allClaims(local.timeline(), asOf, knownAt, withHistory, calls)
                    .onFailure().recoverWithItem(e -> {
                        warnings.add(failure("claims", e) + "; only events are shown");
                        return null;
                    })
                    .chain(storyClaims -> {
                        List<StoryPage.Item> found = storyClaims == null ? List.of() : storyClaims;
                        Set<UUID> sourceIds = new LinkedHashSet<>();
                        found.forEach(item -> sourceIds.add(item.claim().sourceId()));
                        local.events().forEach(event -> sourceIds.addAll(event.sourceIds));
                        calls[1] = (sourceIds.size() + 999) / 1000;
                        return sources.find(sourceIds)
                                .onFailure().recoverWithItem(e -> {
                                    warnings.add("source names, kinds and reliability missing: " + failure("sources", e));
                                    return Map.of();
                                })
                                .map(byId -> {
                                    List<Entry> entries = new ArrayList<>();
                                    local.events().forEach(event -> entries.add(Entries.of(event, byId)));
                                    found.forEach(item -> entries.add(Entries.of(item, byId)));
                                    LocalDate fromDay = from == null ? null : from.earliest().orElse(null);
                                    LocalDate toDay = to == null ? null : to.latest().orElse(null);
                                    List<Entry> chosen = entries.stream().filter(e -> e.overlaps(fromDay, toDay))
                                            .sorted(Entry.CHRONOLOGICAL).toList();
                                    return new Assembled(local.timeline(), asOf, knownAt, chosen, !warnings.isEmpty(),
                                            List.copyOf(warnings), calls[0], calls[1]);
                                });
                    });
        });
    }

    /** Why a service gave nothing, in a warning that starts with the service's name. */
    private static String failure(String service, Throwable e) {
        if (e instanceof CalleeRefused refused) {
            return service + " refused the caller's token: " + refused.getMessage();
        }
        return service + " unavailable: " + ServiceUnavailable.describe(e);
    }

    private record Local(Timeline timeline, List<Event> events) {
    }

    @WithSession
    Uni<Local> loadLocal(String idOrSlug, LocalDate asOf, Instant knownAt) {
        return timelines.get(idOrSlug).chain(timeline -> events.ofTimeline(timeline.id, asOf, knownAt)
                .map(found -> new Local(timeline, found)));
    }

    /**
     * Reads the story's claims one page of 1000 per call: the first page tells how many there are, the others are
     * then fetched a few at a time. The number of calls follows the number of pages, not of claims.
     */
    private Uni<List<StoryPage.Item>> allClaims(Timeline timeline, LocalDate asOf, Instant knownAt, boolean withHistory,
            int[] calls) {
        if (timeline.topics.isEmpty() && timeline.pinnedClaimIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return page(timeline, asOf, knownAt, withHistory, 0, calls).chain(first -> {
            int pages = (int) Math.min(Integer.MAX_VALUE, (first.total() + ClaimDirectory.PAGE - 1) / ClaimDirectory.PAGE);
            if (pages <= 1) {
                return Uni.createFrom().item(first.items());
            }
            return Multi.createFrom().range(1, pages)
                    .onItem().transformToUni(index -> page(timeline, asOf, knownAt, withHistory, index, calls)
                            .map(found -> Map.entry(index, found.items())))
                    .merge(PAGES_AT_ONCE)
                    .collect().asList()
                    .map(rest -> {
                        List<StoryPage.Item> all = new ArrayList<>(first.items());
                        rest.stream().sorted(Map.Entry.comparingByKey()).forEach(e -> all.addAll(e.getValue()));
                        return all;
                    });
        }).ifNoItem().after(claimsBudget).failWith(() -> new java.util.concurrent.TimeoutException(
                "claims took longer than " + claimsBudget.toSeconds() + " s"));
    }

    private Uni<StoryPage> page(Timeline timeline, LocalDate asOf, Instant knownAt, boolean withHistory, int index,
            int[] calls) {
        StoryQuery query = new StoryQuery(List.copyOf(timeline.topics), List.copyOf(timeline.pinnedClaimIds),
                asOf == null ? null : asOf.toString(), knownAt, index, ClaimDirectory.PAGE, true, withHistory);
        synchronized (calls) {
            calls[0]++;
        }
        return claims.story(query);
    }
}
