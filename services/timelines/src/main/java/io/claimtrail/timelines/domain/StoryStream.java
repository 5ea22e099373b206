package io.claimtrail.timelines.domain;

import io.claimtrail.common.time.AsOf;
import io.claimtrail.timelines.client.ClaimDirectory;
import io.claimtrail.timelines.client.StoryPage;
import io.claimtrail.timelines.client.StoryQuery;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * One assembly of a timeline, read as it goes: {@link #entries()} gives the entries in chronological order, a batch
 * per page of claims, while the next pages are already being read ({@link PageWindow}), so that the first entries
 * leave long before the last page arrives and no more than a few pages are held at a time. When the claims service fails part way, the
 * entries already given stay, the rest of the events follow, and a warning says from where claims are missing.
 * {@link #degraded()}, {@link #warnings()} and {@link #total()} are final once the entries have completed.
 */
public final class StoryStream {

    /** Ends the repetition of {@link #next()}; never emitted. */
    private static final List<Entry> END = new ArrayList<>(0);

    private final Timeline timeline;
    private final AsOf view;
    private final LocalDate fromDay;
    private final LocalDate toDay;
    private final boolean withHistory;
    private final ClaimDirectory claims;
    private final SourceNames names;
    private final Warnings warnings;
    private final ChronologicalMerge merge;
    private final long deadline;
    private final Duration budget;
    private final PageWindow pages;
    private boolean whole = true;
    private boolean finished;
    private int total;
    private int claimsRead;
    private int claimCalls;

    StoryStream(Timeline timeline, List<Event> events, AsOf view, LocalDate fromDay, LocalDate toDay,
            boolean withHistory, ClaimDirectory claims, SourceNames names, Warnings warnings, Duration budget,
            int pagesInFlight) {
        this.timeline = timeline;
        this.view = view;
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.withHistory = withHistory;
        this.claims = claims;
        this.names = names;
        this.warnings = warnings;
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
        this.pages = new PageWindow(this::read, pagesInFlight);
        this.merge = new ChronologicalMerge(events.stream().map(event -> Entries.of(event, java.util.Map.of())).toList());
        names.ask(events.stream().flatMap(event -> event.sourceIds.stream()).toList());
    }

    /** Reads the first page of claims, so that {@link #whole()} is known before anything is written. */
    Uni<StoryStream> start() {
        if (timeline.topics.isEmpty() && timeline.pinnedClaimIds.isEmpty()) {
            return Uni.createFrom().item(this);
        }
        return Uni.createFrom().completionStage(pages.start()).onItemOrFailure().transform((page, e) -> {
            whole = e != null || page.next() == null;
            return this;
        });
    }

    public Timeline timeline() {
        return timeline;
    }

    public LocalDate asOf() {
        return view.day();
    }

    public Instant knownAt() {
        return view.knownAt();
    }

    /** True when all the claims came in the first page: the whole story is small and known before its first byte. */
    public boolean whole() {
        return whole;
    }

    /** The entries in chronological order, in batches; subscribe once. */
    public Multi<List<Entry>> entries() {
        return Multi.createBy().repeating().uni(this::next).until(batch -> batch == END);
    }

    public int total() {
        return total;
    }

    public boolean degraded() {
        return !warnings.all().isEmpty();
    }

    public List<String> warnings() {
        return warnings.all();
    }

    public int claimCalls() {
        return claimCalls;
    }

    public int sourceCalls() {
        return names.calls();
    }

    /** The next batch: the entries a page of claims lets go, or everything left after the last page; END after that. */
    private Uni<List<Entry>> next() {
        if (finished) {
            return Uni.createFrom().item(END);
        }
        CompletableFuture<StoryPage> current = pages.next();
        if (current == null) {
            finished = true;
            // the events named their sources up front; their names are read here, with the last of the claims'
            return names.of(List.of()).map(byId -> chosen(merge.finish().stream()
                    .map(entry -> entry.type() == Entry.Type.EVENT ? Entries.named(entry, byId) : entry).toList()));
        }
        // the pages after this one are being read while its sources are looked up and its entries written
        return Uni.createFrom().completionStage(current).chain(page -> {
            claimsRead += page.items().size();
            return names.of(page.items().stream().map(item -> item.claim().sourceId()).toList())
                    .map(byId -> {
                        List<Entry> ready = merge.add(page.items().stream().map(item -> Entries.of(item, byId)).toList());
                        return chosen(ready.stream()
                                .map(entry -> entry.type() == Entry.Type.EVENT ? Entries.named(entry, byId) : entry)
                                .toList());
                    });
        }).onFailure().recoverWithItem(e -> {
            pages.stop();
            warnings.add(Warnings.failure("claims", e) + (claimsRead == 0 ? "; only events are shown"
                    : "; only the first " + claimsRead + " claims in date order are shown"));
            return List.of();
        });
    }

    private List<Entry> chosen(List<Entry> entries) {
        List<Entry> kept = entries.stream().filter(entry -> entry.overlaps(fromDay, toDay)).toList();
        total += kept.size();
        return kept;
    }

    /** Starts reading one page of claims, within what is left of the assembly's budget for the claims service. */
    private CompletableFuture<StoryPage> read(String after, String until, boolean withMarks) {
        StoryQuery query = new StoryQuery(List.copyOf(timeline.topics), List.copyOf(timeline.pinnedClaimIds),
                view.day() == null ? null : view.day().toString(), view.knownAt(), after, until, ClaimDirectory.PAGE,
                true, withHistory, StoryQuery.ENTRY, withMarks ? Boolean.TRUE : null);
        claimCalls++;
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            return CompletableFuture.failedFuture(overBudget());
        }
        return claims.story(query).ifNoItem().after(left).failWith(this::overBudget).subscribeAsCompletionStage();
    }

    private TimeoutException overBudget() {
        return new TimeoutException("claims took longer than " + budget.toSeconds() + " s");
    }
}
