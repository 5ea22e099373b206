package io.claimtrail.timelines.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A timeline assembled from its events and its claims as of a day / as known at a moment. {@code degraded} is true
 * when another service could not answer in time; {@code warnings} then say what is missing.
 */
public record Assembled(Timeline timeline, LocalDate asOf, Instant knownAt, List<Entry> entries, boolean degraded,
        List<String> warnings, int claimCalls, int sourceCalls) {
}
