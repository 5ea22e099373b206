package io.claimtrail.common.date;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A loosely known date, written in the EDTF (ISO 8601-2) subset analysts use: {@code 2024}, {@code 2024-07},
 * {@code 2024-07-01}, each optionally qualified {@code ?} (uncertain), {@code ~} (approximate) or {@code %} (both),
 * and intervals {@code 2024-07/2024-10}, {@code 2024-07/..} (as early as July) or {@code ../2024-10} (no later
 * than October).
 *
 * <p>The value keeps its text as written and knows its earliest and latest possible day; an open end has no
 * bound ({@link Optional#empty()}). Qualifiers do not widen the bounds: "2024-07?" still lies in July.
 */
@Schema(type = SchemaType.STRING, maxLength = PartialDateParser.MAX_LENGTH, description = "EDTF date: 2024, 2024-07, 2024-07-01, with ?, ~ or %; "
        + "intervals 2024-07/2024-10, 2024-07/.. or ../2024-10", examples = { "2024-07-01", "2024-07/..", "../2024-10" })
public final class PartialDate implements Comparable<PartialDate> {

    /** Orders by earliest day (open starts first), then latest day (open ends last), then text. */
    public static final Comparator<PartialDate> CHRONOLOGICAL = Comparator
            .comparing((PartialDate d) -> d.earliest().orElse(LocalDate.MIN))
            .thenComparing(d -> d.latest().orElse(LocalDate.MAX))
            .thenComparing(PartialDate::text);

    private final String text;
    private final DatePoint start;
    private final DatePoint end;
    private final boolean interval;

    private PartialDate(String text, DatePoint start, DatePoint end, boolean interval) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.interval = interval;
    }

    /** Parses strictly; anything outside the subset raises {@link PartialDateException} with the reason. */
    @JsonCreator
    public static PartialDate parse(String text) {
        return PartialDateParser.parse(text);
    }

    /** Like {@link #parse} but {@code null} or blank gives {@code null}. */
    public static PartialDate parseNullable(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    static PartialDate single(String text, DatePoint point) {
        return new PartialDate(text, point, point, false);
    }

    static PartialDate interval(String text, DatePoint start, DatePoint end) {
        return new PartialDate(text, start, end, true);
    }

    public static PartialDate ofDay(LocalDate day) {
        return parse(day.toString());
    }

    @JsonValue
    public String text() {
        return text;
    }

    public boolean isInterval() {
        return interval;
    }

    /** The first (or only) point; empty for an interval open at its start ({@code ../2024-10}). */
    public Optional<DatePoint> start() {
        return Optional.ofNullable(start);
    }

    /** The last (or only) point; empty for an interval open at its end ({@code 2024-07/..}). */
    public Optional<DatePoint> end() {
        return Optional.ofNullable(end);
    }

    public Optional<LocalDate> earliest() {
        return start().map(DatePoint::earliest);
    }

    public Optional<LocalDate> latest() {
        return end().map(DatePoint::latest);
    }

    /** True when the value could fall on some day in {@code [from, to]}; a null bound is open. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsInTime = to == null || earliest().map(day -> !day.isAfter(to)).orElse(true);
        boolean endsInTime = from == null || latest().map(day -> !day.isBefore(from)).orElse(true);
        return startsInTime && endsInTime;
    }

    /** True when every day the value could mean lies on or before {@code day}. */
    public boolean certainlyBy(LocalDate day) {
        return latest().map(last -> !last.isAfter(day)).orElse(false);
    }

    @Override
    public int compareTo(PartialDate other) {
        return CHRONOLOGICAL.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate date && date.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
