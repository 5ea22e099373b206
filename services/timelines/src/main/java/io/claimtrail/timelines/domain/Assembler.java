package io.claimtrail.timelines.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.timelines.client.ClaimDirectory;
import io.claimtrail.timelines.client.SourceDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
    private final int pagesInFlight;

    public Assembler(TimelineService timelines, EventService events, ClaimDirectory claims, SourceDirectory sources,
            @ConfigProperty(name = "timelines.assembly.claims-budget", defaultValue = "20s") Duration claimsBudget,
            @ConfigProperty(name = "timelines.assembly.pages-in-flight", defaultValue = "3") int pagesInFlight) {
        this.timelines = timelines;
        this.events = events;
        this.claims = claims;
        this.sources = sources;
        this.claimsBudget = claimsBudget;
        this.pagesInFlight = pagesInFlight;
    }

    /**
     * The timeline, or the entries that may fall in [from, to] when given, as the view sees it, to be read as it is
     * assembled: the timeline (topics, pins) and events as recorded at its moment, and the claims and sources asked
     * of their services with the same day and moment, so that each claim, source and rating shows as it stood. The
     * answer comes once the timeline is found and the first page of claims has been read.
     */
    public Uni<StoryStream> open(String idOrSlug, AsOf view, PartialDate from, PartialDate to, boolean withHistory) {
        LocalDate fromDay = from == null ? null : from.earliest().orElse(null);
        LocalDate toDay = to == null ? null : to.latest().orElse(null);
        return timelines.get(idOrSlug, view).chain(timeline -> events.ofTimeline(timeline.id, view).chain(found -> {
            Warnings warnings = new Warnings();
            return new StoryStream(timeline, found, view, fromDay, toDay, withHistory, claims,
                    new SourceNames(sources, view, warnings), warnings, claimsBudget, pagesInFlight).start();
        }));
    }

    /** The same, whole, for the reads that need every entry at once (the summary, the story page). */
    public Uni<Assembled> assemble(String idOrSlug, AsOf view, PartialDate from, PartialDate to, boolean withHistory) {
        return open(idOrSlug, view, from, to, withHistory).chain(story -> story.entries()
                .collect().in(ArrayList<Entry>::new, List::addAll)
                .map(all -> new Assembled(story.timeline(), story.asOf(), story.knownAt(), List.copyOf(all),
                        story.degraded(), story.warnings(), story.claimCalls(), story.sourceCalls())));
    }
}
