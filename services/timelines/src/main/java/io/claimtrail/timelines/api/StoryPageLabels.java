package io.claimtrail.timelines.api;

import io.claimtrail.common.date.PartialDate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The words the story page puts beside codes: statuses, claim kinds, the Admiralty reliability letters and
 * credibility digits (FM 2-22.3 wording), and dates. A status is always shown as text; its colour only repeats it.
 */
final class StoryPageLabels {

    private static final Map<String, String> RELIABILITY = Map.of(
            "A", "Completely reliable", "B", "Usually reliable", "C", "Fairly reliable",
            "D", "Not usually reliable", "E", "Unreliable", "F", "Reliability cannot be judged");
    private static final Map<Integer, String> CREDIBILITY = Map.of(
            1, "Confirmed by other sources", 2, "Probably true", 3, "Possibly true", 4, "Doubtful",
            5, "Improbable", 6, "Truth cannot be judged");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private StoryPageLabels() {
    }

    /** "DISPUTED" as "Disputed", "NO_EVIDENCE" as "No evidence". */
    static String words(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String lower = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String reliability(String letter) {
        return letter == null ? null : RELIABILITY.getOrDefault(letter, letter);
    }

    static String credibility(Integer digit) {
        return digit == null ? null : CREDIBILITY.getOrDefault(digit, String.valueOf(digit));
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** An EDTF date in words, or the text as written when it cannot be read. */
    static String date(String edtf) {
        if (edtf == null || edtf.isBlank()) {
            return "";
        }
        try {
            return DateWording.describe(PartialDate.parse(edtf));
        } catch (RuntimeException unreadable) {
            return edtf;
        }
    }

    /** The class of a status badge: its colour, which the text beside it always repeats. */
    static String badge(String status) {
        return status == null ? "badge" : "badge badge-" + status.toLowerCase(Locale.ROOT);
    }
}
