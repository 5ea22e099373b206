package io.claimtrail.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The one home of the as-of rule: which state of the record a read shows. Two time axes, kept apart:
 * <ul>
 * <li>{@code day} (valid time, the API's {@code asOf}): what was true or said in the world by the end of that day.
 * A dated fact counts when it certainly happened by then: the latest day its (partial) date allows is on or
 * before {@code day}.</li>
 * <li>{@code knownAt} (recorded time): what this system had recorded at that moment. A row version counts when it
 * was recorded at or before the moment and not yet replaced; a withdrawal counts once it was recorded.</li>
 * </ul>
 * Both null is the current record. Reads ask this class, in Java ({@link #stated}, {@link #recorded},
 * {@link #withdrawn}, {@link #inForce}) or in SQL ({@link #sql}), never compare the dates themselves.
 */
public record AsOf(LocalDate day, Instant knownAt) {

    public static final AsOf NOW = new AsOf(null, null);

    /**
     * The view a request asked for: a {@code knownAt} after {@code now} would read a record that does not exist
     * yet, so it reads as now (callers say so, see {@link #knownAtLiesAhead}).
     */
    public static AsOf of(LocalDate day, Instant knownAt, Instant now) {
        return new AsOf(day, knownAtLiesAhead(knownAt, now) ? null : knownAt);
    }

    public static boolean knownAtLiesAhead(Instant knownAt, Instant now) {
        return knownAt != null && knownAt.isAfter(now);
    }

    public static AsOf day(LocalDate day) {
        return new AsOf(day, null);
    }

    /** The current record: no day, no moment. */
    public boolean current() {
        return day == null && knownAt == null;
    }

    /** The same moment of record, without a day: "as recorded then", whatever happened later in the world. */
    public AsOf recordOnly() {
        return new AsOf(null, knownAt);
    }

    /** Something dated with this latest possible day (null: open, never certain) was certainly there by {@code day}. */
    public boolean stated(LocalDate latest) {
        return day == null || (latest != null && !latest.isAfter(day));
    }

    /** Something recorded at {@code at} was in the record at {@code knownAt}. */
    public boolean recorded(Instant at) {
        return knownAt == null || !at.isAfter(knownAt);
    }

    /** A withdrawal recorded at {@code at} (null: never withdrawn) had been recorded by {@code knownAt}. */
    public boolean withdrawn(Instant at) {
        return at != null && recorded(at);
    }

    /** A row version recorded from {@code from} until {@code to} (null: still current) is the one seen. */
    public boolean inForce(Instant from, Instant to) {
        if (knownAt == null) {
            return to == null;
        }
        return !from.isAfter(knownAt) && (to == null || to.isAfter(knownAt));
    }

    /** The same rule as SQL conditions, adding their parameters to {@code params} ($n placeholders). */
    public Sql sql(List<Object> params) {
        return new Sql(params);
    }

    /** SQL conditions of this view; each adds at most one parameter. */
    public final class Sql {

        private final List<Object> params;
        private int dayParam;
        private int knownParam;

        private Sql(List<Object> params) {
            this.params = params;
        }

        /** The row version of alias {@code v} (columns recorded_from, recorded_to) seen at knownAt. */
        public String version(String v) {
            if (knownAt == null) {
                return v + ".recorded_to IS NULL";
            }
            String k = known();
            return v + ".recorded_from <= " + k + " AND (" + v + ".recorded_to IS NULL OR " + v + ".recorded_to > " + k + ")";
        }

        /** A row recorded at {@code column} was in the record at knownAt. */
        public String recorded(String column) {
            return knownAt == null ? "true" : column + " <= " + known();
        }

        /** A row withdrawn at {@code column} (null: never) was still in force at knownAt. */
        public String notWithdrawn(String column) {
            return knownAt == null ? column + " IS NULL" : "(" + column + " IS NULL OR " + column + " > " + known() + ")";
        }

        /** A fact whose latest possible day is {@code column} (NULL: open) was certainly there by day. */
        public String stated(String column) {
            return day == null ? "true" : column + " <= " + day();
        }

        /** The $n of the day, for conditions of one's own on the day (e.g. an index bound implied by stated). */
        public String day() {
            if (dayParam == 0) {
                params.add(day);
                dayParam = params.size();
            }
            return "$" + dayParam + "::date";
        }

        private String known() {
            if (knownParam == 0) {
                params.add(knownAt.atOffset(ZoneOffset.UTC));
                knownParam = params.size();
            }
            return "$" + knownParam + "::timestamptz";
        }
    }
}
