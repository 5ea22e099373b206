package io.claimtrail.common.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strict parser for the EDTF subset of {@link PartialDate}. */
final class PartialDateParser {

    static final int MAX_LENGTH = 64;
    private static final String OPEN = "..";
    private static final Pattern POINT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

    private PartialDateParser() {
    }

    static PartialDate parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new PartialDateException(String.valueOf(text), "it is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new PartialDateException(text.substring(0, 20) + "...", "longer than " + MAX_LENGTH + " characters");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            if (OPEN.equals(text)) {
                throw new PartialDateException(text, "'..' is only allowed as one end of an interval");
            }
            return PartialDate.single(text, point(text, text));
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            throw new PartialDateException(text, "an interval has exactly one '/'");
        }
        String first = text.substring(0, slash);
        String last = text.substring(slash + 1);
        if (first.isEmpty() || last.isEmpty()) {
            throw new PartialDateException(text, "an interval end may not be empty; write '..' for an open end");
        }
        DatePoint start = OPEN.equals(first) ? null : point(text, first);
        DatePoint end = OPEN.equals(last) ? null : point(text, last);
        if (start == null && end == null) {
            throw new PartialDateException(text, "an interval needs at least one known end");
        }
        if (start != null && end != null && start.earliest().isAfter(end.latest())) {
            throw new PartialDateException(text, "the interval ends before it starts");
        }
        return PartialDate.interval(text, start, end);
    }

    private static DatePoint point(String whole, String text) {
        if (plainDay(text)) {
            // the most common form, read without the pattern (a story page parses one per claim)
            return point(whole, text.substring(0, 4), text.substring(5, 7), text.substring(8, 10), null);
        }
        Matcher match = POINT.matcher(text);
        if (!match.matches()) {
            throw new PartialDateException(whole, "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %");
        }
        return point(whole, match.group(1), match.group(2), match.group(3), match.group(4));
    }

    /** YYYY-MM-DD exactly, ASCII digits: what {@link #POINT} matches with a day and no qualifier. */
    private static boolean plainDay(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The point of these groups of {@link #POINT} (month, day and qualifier null when absent), checked. */
    private static DatePoint point(String whole, String yearText, String monthText, String dayText, String qualifier) {
        int year = Integer.parseInt(yearText);
        int month = monthText == null ? 0 : Integer.parseInt(monthText);
        int day = dayText == null ? 0 : Integer.parseInt(dayText);
        if (year < 1) {
            throw new PartialDateException(whole, "years before 0001 are not supported");
        }
        if (monthText != null && (month < 1 || month > 12)) {
            throw new PartialDateException(whole, month > 20 && month < 42
                    ? "EDTF seasons and quarters (months 21-41) are not supported"
                    : "month " + monthText + " does not exist");
        }
        if (dayText != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new PartialDateException(whole, "day " + dayText + " does not exist in " + yearText
                        + "-" + monthText);
            }
        }
        boolean uncertain = "?".equals(qualifier) || "%".equals(qualifier);
        boolean approximate = "~".equals(qualifier) || "%".equals(qualifier);
        return new DatePoint(year, month, day, uncertain, approximate);
    }
}
