package io.claimtrail.common;

import java.util.List;

/** Small statistics for summaries. */
public final class Stats {

    private Stats() {
    }

    /** The median, or null for no values. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
