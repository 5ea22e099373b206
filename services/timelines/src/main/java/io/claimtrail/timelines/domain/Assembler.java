package io.claimtrail.timelines.domain;

import io.claimtrail.common.api.Batches;
import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.timelines.client.CalleeRefused;
import io.claimtrail.timelines.client.ClaimDirectory;
import io.claimtrail.timelines.client.SourceDirectory;
import io.claimtrail.timelines.client.SourceSummary;
import io.claimtrail.timelines.client.StoryPage;
import io.claimtrail.timelines.client.StoryQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Assembles a timeline: its events from this service, its claims from the claims service one page of 1000 per
 * call, and the names of their sources from the sources service, asked for page by page as the claims come in. A
 * service that fails or is too slow leaves a warning and a degraded answer instead of an error.
 */
@ApplicationScoped
public class Assembler {

    private final TimelineService timelines;
    private final EventService events;
    private final ClaimDirectory claims;
    private final SourceDirectory sources;
    private final Duration claimsBudget;

    public Assembler(TimelineService timelines, EventService events, ClaimDirectory claims, SourceDirectory sources,
            @ConfigProperty(name = "timelines.assembly.claims-budget", defaultValue = "20s") Duration claimsBudget) {
        this.timelines = timelines;
        this.events = events;
        this.claims = claims;
        this.sources = sources;
        this.claimsBudget = claimsBudget;
    }

    /**
     * The whole timeline, or the entries that may fall in [from, to] when given, as the view sees it: the timeline
     * (topics, pins) and events as recorded at its moment, and the claims and sources asked of their services
     * with the same day and moment, so that each claim, source and rating shows as it stood.
     */
    public Uni<Assembled> assemble(String idOrSlug, AsOf view, PartialDate from, PartialDate to, boolean withHistory) {
        return loadLocal(idOrSlug, view).chain(local -> {
            List<String> warnings = new ArrayList<>();
            SourceLookups lookups = new SourceLookups(view);
            lookups.ask(local.events().stream().flatMap(event -> event.sourceIds.stream()).toList());
            int[] claimCalls = new int[1];
            return allClaims(local.timeline(), view, withHistory, claimCalls, lookups)
                    .onFailure().recoverWithItem(e -> {
                        warnings.add(failure("claims", e) + "; only events are shown");
                        return null;
                    })
                    .chain(storyClaims -> lookups.all(warnings).map(byId -> {
                        List<Entry> entries = new ArrayList<>();
                        local.events().forEach(event -> entries.add(Entries.of(event, byId)));
                        if (storyClaims != null) {
                            storyClaims.forEach(item -> entries.add(Entries.of(item, byId)));
                        }
                        LocalDate fromDay = from == null ? null : from.earliest().orElse(null);
                        LocalDate toDay = to == null ? null : to.latest().orElse(null);
                        List<Entry> chosen = entries.stream().filter(e -> e.overlaps(fromDay, toDay))
                                .sorted(Entry.CHRONOLOGICAL).toList();
                        return new Assembled(local.timeline(), view.day(), view.knownAt(), chosen, !warnings.isEmpty(),
                                List.copyOf(warnings), claimCalls[0], lookups.calls);
                    }));
        });
    }

    /**
     * The sources of one assembly, asked for as soon as a page of claims names them, so that the sources service
     * works while the claims service prepares the next page. Each source is asked for once; the number of calls
     * follows the pages (at most one per page of claims, plus one for the events), not the claims.
     */
    private final class SourceLookups {

        private final AsOf view;
        private final Set<UUID> asked = new HashSet<>();
        private final List<CompletableFuture<Map<UUID, SourceSummary>>> started = new ArrayList<>();
        private int calls;

        SourceLookups(AsOf view) {
            this.view = view;
        }

        // synchronized: the claims budget's timeout may end the assembly on another thread while a page is handled
        synchronized void ask(Collection<UUID> ids) {
            List<UUID> fresh = ids.stream().filter(asked::add).toList();
            if (!fresh.isEmpty()) {
                calls += (fresh.size() + Batches.LOOKUP_SIZE - 1) / Batches.LOOKUP_SIZE;
                started.add(sources.find(fresh, view).subscribeAsCompletionStage());
            }
        }

        /** Everything the lookups found; a failed one leaves one warning and its sources without names. */
        synchronized Uni<Map<UUID, SourceSummary>> all(List<String> warnings) {
            List<Uni<Map<UUID, SourceSummary>>> answers = List.copyOf(started).stream()
                    .map(call -> Uni.createFrom().completionStage(call).onFailure().recoverWithItem(e -> {
                        String warning = "source names, kinds and reliability missing: " + failure("sources", e);
                        synchronized (warnings) {
                            if (warnings.stream().noneMatch(w -> w.startsWith("source names"))) {
                                warnings.add(warning);
                            }
                        }
                        return Map.<UUID, SourceSummary>of();
                    })).toList();
            if (answers.isEmpty()) {
                return Uni.createFrom().item(Map.of());
            }
            return Uni.join().all(answers).andFailFast().map(found -> {
                Map<UUID, SourceSummary> byId = new HashMap<>();
                found.forEach(byId::putAll);
                return byId;
            });
        }
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

    Uni<Local> loadLocal(String idOrSlug, AsOf view) {
        return timelines.get(idOrSlug, view).chain(timeline -> events.ofTimeline(timeline.id, view)
                .map(found -> new Local(timeline, found)));
    }

    /**
     * Reads the story's claims one page of 1000 per call, each page after the cursor the previous one gave. The
     * number of calls follows the number of pages, not of claims, and each page costs the claims service about the
     * same wherever it is in the story.
     */
    private Uni<List<StoryPage.Item>> allClaims(Timeline timeline, AsOf view, boolean withHistory, int[] calls,
            SourceLookups lookups) {
        if (timeline.topics.isEmpty() && timeline.pinnedClaimIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<StoryPage.Item> all = new ArrayList<>();
        return pagesFrom(null, all, timeline, view, withHistory, calls, lookups)
                .ifNoItem().after(claimsBudget).failWith(() -> new java.util.concurrent.TimeoutException(
                        "claims took longer than " + claimsBudget.toSeconds() + " s"));
    }

    private Uni<List<StoryPage.Item>> pagesFrom(String after, List<StoryPage.Item> all, Timeline timeline, AsOf view,
            boolean withHistory, int[] calls, SourceLookups lookups) {
        return page(timeline, view, withHistory, after, calls).chain(found -> {
            all.addAll(found.items());
            lookups.ask(found.items().stream().map(item -> item.claim().sourceId()).toList());
            return found.next() == null ? Uni.createFrom().item(all)
                    : pagesFrom(found.next(), all, timeline, view, withHistory, calls, lookups);
        });
    }

    private Uni<StoryPage> page(Timeline timeline, AsOf view, boolean withHistory, String after, int[] calls) {
        StoryQuery query = new StoryQuery(List.copyOf(timeline.topics), List.copyOf(timeline.pinnedClaimIds),
                view.day() == null ? null : view.day().toString(), view.knownAt(), after, ClaimDirectory.PAGE, true,
                withHistory);
        calls[0]++;
        return claims.story(query);
    }
}
