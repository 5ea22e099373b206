package io.claimtrail.common.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Splits ids into the batches that the services' lookup endpoints take (at most 1000 per call). */
public final class Batches {

    public static final int LOOKUP_SIZE = 1000;

    private Batches() {
    }

    /** The distinct ids, in their first order, cut into lists of at most {@code size}. */
    public static <T> List<List<T>> of(Collection<T> ids, int size) {
        List<T> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += size) {
            batches.add(List.copyOf(distinct.subList(from, Math.min(distinct.size(), from + size))));
        }
        return batches;
    }
}
