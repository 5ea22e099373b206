package io.claimtrail.claims.domain;

import io.claimtrail.common.time.AsOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A claim as the public record stood on the view's day and as this system had recorded it at the view's moment
 * ({@link AsOf#NOW} for the current state): the claim's version then, and the status and credibility of its
 * standing transition. Appearances published after the day are left out.
 */
public record ClaimSnapshot(Claim claim, ClaimStatus status, int credibility, AsOf view) {

    public static ClaimSnapshot current(Claim claim) {
        return new ClaimSnapshot(claim, claim.status, claim.credibility, AsOf.NOW);
    }

    /** The claim (its version seen by the view) with the status its transitions give it in that view. */
    public static ClaimSnapshot of(Claim claim, List<Transition> transitions, AsOf view) {
        if (view.current()) {
            return current(claim);
        }
        return StatusChain.standing(transitions, view)
                .map(t -> new ClaimSnapshot(claim, t.to, t.credibility, view))
                .orElseGet(() -> new ClaimSnapshot(claim, claim.status, claim.credibility, view));
    }

    public LocalDate asOf() {
        return view.day();
    }

    public Instant knownAt() {
        return view.knownAt();
    }

    public List<Appearance> appearances() {
        if (view.day() == null) {
            return claim.appearances;
        }
        return claim.appearances.stream()
                .filter(a -> a.publishedEarliest == null || !a.publishedEarliest.isAfter(view.day()))
                .toList();
    }

    /** The earliest publication seen in the view: by date where known, else the first listed. */
    public Optional<Appearance> firstAppearance() {
        return appearances().stream().min(Comparator.comparing(
                (Appearance a) -> a.publishedEarliest == null ? LocalDate.MAX : a.publishedEarliest));
    }
}
