package io.claimtrail.timelines.domain;

import io.claimtrail.common.api.Batches;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.timelines.client.SourceDirectory;
import io.claimtrail.timelines.client.SourceSummary;
import io.smallrye.mutiny.Uni;

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
 * The sources of one assembly, asked for as soon as a page of claims (or the events) names them, so that the sources
 * service works while the claims service prepares the next page. Each source is asked for once; the number of calls
 * follows the pages (at most one per page of claims, plus one for the events), not the claims. What was found is kept
 * for the later pages: it grows with the story's distinct sources, not with its entries.
 */
final class SourceNames {

    private final SourceDirectory sources;
    private final AsOf view;
    private final Warnings warnings;
    private final Set<UUID> asked = new HashSet<>();
    private final List<CompletableFuture<Map<UUID, SourceSummary>>> unread = new ArrayList<>();
    private final Map<UUID, SourceSummary> found = new HashMap<>();
    private int calls;

    SourceNames(SourceDirectory sources, AsOf view, Warnings warnings) {
        this.sources = sources;
        this.view = view;
        this.warnings = warnings;
    }

    /** Starts looking up those of these sources not asked for yet. */
    synchronized void ask(Collection<UUID> ids) {
        List<UUID> fresh = ids.stream().filter(asked::add).toList();
        if (!fresh.isEmpty()) {
            calls += (fresh.size() + Batches.LOOKUP_SIZE - 1) / Batches.LOOKUP_SIZE;
            unread.add(sources.find(fresh, view).subscribeAsCompletionStage());
        }
    }

    /**
     * Everything found so far once the lookups of these sources have answered; a failed lookup leaves one warning and
     * its sources without names.
     */
    Uni<Map<UUID, SourceSummary>> of(Collection<UUID> ids) {
        ask(ids);
        List<CompletableFuture<Map<UUID, SourceSummary>>> waiting;
        synchronized (this) {
            waiting = List.copyOf(unread);
            unread.clear();
        }
        if (waiting.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        List<Uni<Map<UUID, SourceSummary>>> answers = waiting.stream()
                .map(call -> Uni.createFrom().completionStage(call).onFailure().recoverWithItem(e -> {
                    warnings.once("source names", "source names, kinds and reliability missing: "
                            + Warnings.failure("sources", e));
                    return Map.<UUID, SourceSummary>of();
                })).toList();
        return Uni.join().all(answers).andFailFast().map(maps -> {
            maps.forEach(found::putAll);
            return found;
        });
    }

    synchronized int calls() {
        return calls;
    }
}
