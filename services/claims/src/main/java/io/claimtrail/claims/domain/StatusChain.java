package io.claimtrail.claims.domain;

import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.time.AsOf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A claim's transitions as one chain in the order they took effect: the first (how the claim was entered) always
 * first, then by effective date (earliest possible day, open first; then latest possible day, open last), then in
 * the order they were recorded. Withdrawn transitions stay readable but are out of the chain.
 * <p>
 * The chain must follow the status graph of {@link ClaimStatus} from each link to the next; a back-dated transition
 * is inserted where it belongs and must keep every later link legal. Where a claim stands as of a day and as known
 * at a moment is the last link of the chain as it was recorded then, effective by that day.
 * {@code ClaimQueries.STATE_AS_OF} orders the same way in SQL, for the status filter of listings.
 */
public final class StatusChain {

    /** The order of the links after the first. */
    private static final Comparator<Transition> BY_EFFECT = Comparator
            .comparing((Transition t) -> t.effectiveEarliest, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(t -> t.effectiveLatest, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(t -> t.recordedAt)
            .thenComparing(t -> t.id);

    /** The first link (no from status) first, then the others by effect. */
    public static final Comparator<Transition> ORDER = Comparator
            .comparing((Transition t) -> t.from != null).thenComparing(BY_EFFECT);

    private final List<Transition> links;

    private StatusChain(List<Transition> links) {
        this.links = links;
    }

    /** The chain as recorded at {@code view.knownAt()}, effective by {@code view.day()}, from a claim's transitions. */
    public static StatusChain of(List<Transition> transitions, AsOf view) {
        return new StatusChain(transitions.stream()
                .filter(t -> view.recorded(t.recordedAt) && !view.withdrawn(t.withdrawnAt))
                .filter(t -> view.stated(t.effectiveLatest))
                .sorted(ORDER).toList());
    }

    /**
     * The transition a claim stands on in the view: the last link effective by the day, as recorded at the moment;
     * when none is effective yet (a statedOn edited to lie after the first transition's date), the first link.
     */
    public static Optional<Transition> standing(List<Transition> transitions, AsOf view) {
        Optional<Transition> last = of(transitions, view).last();
        return last.isPresent() ? last : of(transitions, view.recordOnly()).links().stream().findFirst();
    }

    /** The link a move would follow: the last one that takes effect before it. */
    public Transition predecessorOf(Transition move) {
        Transition before = links.get(0);
        for (Transition link : links.subList(1, links.size())) {
            if (BY_EFFECT.compare(link, move) >= 0) {
                break;
            }
            before = link;
        }
        return before;
    }

    public List<Transition> links() {
        return links;
    }

    public Optional<Transition> last() {
        return links.isEmpty() ? Optional.empty() : Optional.of(links.get(links.size() - 1));
    }

    /**
     * The chain with {@code move} in its place, checked: 409 when it changes nothing from the link before it, when
     * the graph forbids it after that link, or when it makes the next link illegal (naming that transition).
     * Sets {@code move.from} to the status it moves from.
     */
    public StatusChain insert(Transition move) {
        if (links.isEmpty()) {
            throw new IllegalStateException("a claim's chain starts with the transition it was entered with");
        }
        Transition before = predecessorOf(move);
        List<Transition> next = new ArrayList<>(links);
        int at = next.indexOf(before) + 1;
        move.from = before.to;
        if (move.to == before.to && move.credibility == before.credibility) {
            throw ProblemException.conflict("The claim is already " + before.to + " with credibility " + before.credibility
                    + " on " + move.effectiveOn + "; a transition must change the status or the credibility")
                    .with("allowed", before.to.allowedNext());
        }
        if (!legal(before.to, move.to)) {
            throw ProblemException.conflict("A claim cannot move from " + before.to + " to " + move.to + "; allowed: "
                    + (before.to.allowedNext().isEmpty() ? "none (" + before.to + " is final)" : before.to.allowedNext()))
                    .with("from", before.to).with("allowed", before.to.allowedNext());
        }
        next.add(at, move);
        requireLegalAfter(next, at);
        return new StatusChain(next);
    }

    /** The chain without {@code withdrawn}: 409 when it is the first link, or when the next link would become illegal. */
    public StatusChain without(Transition withdrawn) {
        int at = links.indexOf(withdrawn);
        if (at == 0) {
            throw ProblemException.conflict("The first transition records how the claim was entered and cannot be "
                    + "withdrawn; archive the claim instead");
        }
        List<Transition> next = new ArrayList<>(links);
        next.remove(at);
        requireLegalAfter(next, at - 1);
        return new StatusChain(next);
    }

    /** The link after position {@code at} must be a legal move from it. */
    private static void requireLegalAfter(List<Transition> chain, int at) {
        if (at + 1 >= chain.size()) {
            return;
        }
        Transition from = chain.get(at);
        Transition later = chain.get(at + 1);
        if (!legal(from.to, later.to)) {
            throw ProblemException.conflict("The later transition " + later.id + " (to " + later.to + ", effective "
                    + later.effectiveOn + ") could no longer follow " + from.to + " under the status graph")
                    .with("laterTransitionId", later.id).with("laterTo", later.to)
                    .with("laterEffectiveOn", later.effectiveOn);
        }
    }

    /** A status may follow another when the graph allows it, or when it is the same (only the credibility changes). */
    static boolean legal(ClaimStatus from, ClaimStatus to) {
        return from == to || from.allowedNext().contains(to);
    }
}
