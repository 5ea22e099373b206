package io.claimtrail.sources.domain;

import io.claimtrail.common.time.AsOf;

import java.util.Comparator;
import java.util.List;

/**
 * Which reliability rating of a source is in force in a view. A rating holds from its effective date (certainly
 * begun by the view's day, {@link AsOf#stated}) until a later one; a rating given without a date holds from the
 * start. Ratings recorded after the view's moment do not count. The last in force wins: ordered by effective date
 * (undated first, then earliest possible day, then latest possible day), then by when they were recorded. With no
 * rating in force the source cannot be judged (F).
 */
public final class RatingSeries {

    public static final Comparator<Rating> ORDER = Comparator
            .comparing((Rating r) -> r.effectiveOn != null)
            .thenComparing(r -> r.effectiveEarliest, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.effectiveLatest, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.recordedAt)
            .thenComparing(r -> r.id);

    private RatingSeries() {
    }

    public static Reliability standing(List<Rating> ratings, AsOf view) {
        return inForce(ratings, view).map(r -> r.reliability).orElse(Reliability.F);
    }

    public static java.util.Optional<Rating> inForce(List<Rating> ratings, AsOf view) {
        return ratings.stream()
                .filter(r -> view.recorded(r.recordedAt))
                .filter(r -> r.effectiveOn == null || view.stated(r.effectiveLatest))
                .max(ORDER);
    }

    /** The ratings in the order they take effect. */
    public static List<Rating> ordered(List<Rating> ratings) {
        return ratings.stream().sorted(ORDER).toList();
    }
}
