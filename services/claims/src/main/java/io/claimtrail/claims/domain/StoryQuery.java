package io.claimtrail.claims.domain;

import io.claimtrail.claims.store.ClaimRows;
import io.claimtrail.claims.store.StoryMarks;
import io.claimtrail.claims.store.StoryPages;
import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One page of a story's claims with their relations and history, as of a day and/or as known at a moment: what
 * the timelines service needs, in a fixed number of queries per page whatever the number of claims. Pages follow
 * each other by cursor ({@link StoryPages}).
 */
@ApplicationScoped
public class StoryQuery {

    /** A claim as it stood, with the relations and transitions visible at that time. */
    public record StoryClaim(ClaimSnapshot claim, List<Relation> relations, List<Transition> history) {
    }

    /** Whose claims the page keeps: anyone's (no sourceId), or this source's, with its members' when asked. */
    public record Speaker(UUID sourceId, boolean includeMembers) {
    }

    /**
     * A page of the story and the cursor of the next one, null after the last; with the marks of the rest of the
     * story when they were asked for and a next page follows (null otherwise).
     */
    public record Page(List<StoryClaim> items, String next, List<String> marks) {
    }

    /** Where a page lies: after the cursor {@code after} (null: the start), up to the mark {@code until} (null: the end). */
    public record Span(String after, String until) {
    }

    private final StoryPages pages;
    private final StoryMarks marks;
    private final ClaimRows rows;
    private final RollUp rollUp;

    public StoryQuery(StoryPages pages, StoryMarks marks, ClaimRows rows, RollUp rollUp) {
        this.pages = pages;
        this.marks = marks;
        this.rows = rows;
        this.rollUp = rollUp;
    }

    /**
     * Up to {@code size} claims of the span, as the view sees them, of the speaker when one is given (with members:
     * each claim stated while its source spoke for it); {@code withMarks}: with the marks of the rest of the story
     * ({@link StoryMarks}), one every {@code size} claims, when a next page follows.
     */
    public Uni<Page> page(List<String> topics, List<UUID> pinnedIds, AsOf view, Speaker speaker, Span span,
            int size, boolean withRelations, boolean withHistory, boolean withMarks) {
        Uni<List<Membership.Window>> windows = speaker.sourceId() == null ? Uni.createFrom().nullItem()
                : rollUp.windows(speaker.sourceId(), view, speaker.includeMembers());
        return windows.chain(speakers -> pages.page(topics, pinnedIds, view, speakers, span.after(), span.until(),
                        size, withRelations))
                .chain(found -> completed(found, view, withRelations, withHistory).chain(page ->
                        !withMarks || page.next() == null ? Uni.createFrom().item(page)
                                : marks.after(topics, view, page.next(), size)
                                        .map(ahead -> new Page(page.items(), page.next(), ahead))));
    }

    /** The page with its relations (read with it, or now) and its claims' transitions when the view needs them. */
    private Uni<Page> completed(StoryPages.Found found, AsOf view, boolean withRelations, boolean withHistory) {
        List<UUID> ids = found.claims().stream().map(c -> c.id).toList();
        Uni<List<Relation>> related = !withRelations ? Uni.createFrom().item(List.of())
                : found.relations() != null ? Uni.createFrom().item(found.relations()) : rows.relations(ids);
        Uni<List<Transition>> moves = withHistory || !view.current() ? rows.histories(ids)
                : Uni.createFrom().item(List.of());
        return Uni.combine().all().unis(related, moves).asTuple().map(both -> {
            List<ClaimSnapshot> snapshots = view.current()
                    ? found.claims().stream().map(ClaimSnapshot::current).toList()
                    : ClaimService.snapshots(found.claims(), both.getItem2(), view);
            List<Transition> history = withHistory ? both.getItem2() : List.of();
            return new Page(assemble(snapshots, both.getItem1(), history, view), found.next(), null);
        });
    }

    /** Relations recorded by the view's moment; transitions recorded by then and effective by its day, in chain order. */
    private static List<StoryClaim> assemble(List<ClaimSnapshot> found, List<Relation> links, List<Transition> moves,
            AsOf view) {
        Map<UUID, List<Transition>> historyOf = moves.stream()
                .filter(t -> view.recorded(t.recordedAt) && view.stated(t.effectiveLatest))
                .sorted(StatusChain.ORDER)
                .collect(Collectors.groupingBy(t -> t.claimId));
        List<Relation> visibleLinks = links.stream().filter(r -> view.recorded(r.recordedAt)).toList();
        return found.stream().map(snapshot -> new StoryClaim(snapshot,
                visibleLinks.stream().filter(r -> r.fromClaimId.equals(snapshot.claim().id)
                        || r.toClaimId.equals(snapshot.claim().id)).toList(),
                historyOf.getOrDefault(snapshot.claim().id, List.of()))).toList();
    }
}
