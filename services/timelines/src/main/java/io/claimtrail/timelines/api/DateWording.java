package io.claimtrail.timelines.api;

import io.claimtrail.common.date.DatePoint;
import io.claimtrail.common.date.PartialDate;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Puts an EDTF date into words: "1 July 2024", "about July 2024", "as early as July 2024", "no later than October 2024". */
final class DateWording {

    private DateWording() {
    }

    /** True when the date needs words beyond its parts: an interval or a qualified date. */
    static boolean needsWords(PartialDate date) {
        DatePoint point = date.start().orElse(null);
        return date.isInterval() || point == null || point.uncertain() || point.approximate();
    }

    static String describe(PartialDate date) {
        if (!date.isInterval()) {
            return point(date.start().orElseThrow());
        }
        DatePoint start = date.start().orElse(null);
        DatePoint end = date.end().orElse(null);
        if (start == null) {
            return "no later than " + point(end);
        }
        if (end == null) {
            return "as early as " + point(start);
        }
        return point(start) + " to " + point(end);
    }

    private static String point(DatePoint point) {
        String month = point.month() == 0 ? "" : Month.of(point.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " ";
        String day = point.day() == 0 ? "" : point.day() + " ";
        String words = day + month + point.year();
        if (point.approximate()) {
            words = "about " + words;
        }
        if (point.uncertain()) {
            words = words + " (uncertain)";
        }
        return words;
    }
}
