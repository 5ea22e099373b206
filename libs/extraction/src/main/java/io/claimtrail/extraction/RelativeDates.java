package io.claimtrail.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the date expressions of news writing against the publication date, the way a reader does: in a report
 * written in the past tense "on Monday" is the last Monday up to publication (a Java date parser would pick the
 * next one), "last week" the whole calendar week before, "on July 1" the last 1 July up to publication. With
 * {@code future} set (a forecast: "will arrive in July") the same words point forwards instead.
 *
 * <p>Answers are EDTF in the subset of {@code PartialDate}: a day, a month, a year, an interval ({@code a/b},
 * {@code ../b}, {@code a/..}), a trailing {@code ~} for approximate; each with a basis in words.
 */
public final class RelativeDates {

    /** A resolved expression: EDTF, why, and where it was found in the searched text (UTF-16 indices). */
    public record Resolved(String edtf, String basis, String expression, int start, int end) {
    }

    private static final String MONTH = "((?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?"
            + "|dec\\.?)(?![a-z]))";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String PART = "(?:\\s+(?:morning|afternoon|evening|night))?";
    private static final String NUMBER = "(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve)";

    private static final Pattern P = Pattern.compile(String.join("|",
            // 1: weekday? month day, year   e.g. "Monday, July 1, 2024", "July 1, 2024"
            "(?<mdy>(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))",
            // day month year   "1 July 2024"
            "(?<dmy>(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4}))",
            // month day        "July 1", "on July 1st"
            "(?<md>" + MONTH + "\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?)(?!,?\\s*\\d{4})",
            // day month        "1 July"
            "(?<dm>(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ")",
            "(?<yesterday>yesterday" + PART + "|last night)",
            "(?<today>earlier today|today|this morning|this afternoon|this evening|tonight)",
            "(?<tomorrow>tomorrow" + PART + ")",
            "(?<lastwd>(?:last|this past|past)\\s+" + WEEKDAY + PART + ")",
            "(?<nextwd>(?:next|this coming)\\s+" + WEEKDAY + PART + ")",
            "(?<wd>(?:on\\s+)?" + WEEKDAY + PART + ")",
            "(?<weekend>(?:last|this past|over the)\\s+weekend)",
            "(?<lastweek>last week)",
            "(?<thisweek>(?:earlier|late|later)?\\s*this week)",
            "(?<nextweek>next week)",
            "(?<lastmonth>last month)",
            "(?<thismonth>(?:earlier|late|later)?\\s*this month)",
            "(?<nextmonth>next month)",
            "(?<lastyear>last year)",
            "(?<thisyear>(?:earlier|late|later)?\\s*this year)",
            "(?<nextyear>next year)",
            "(?<ago>" + NUMBER + "\\s+(day|week|month|year)s?\\s+ago)",
            "(?<monthyear>" + MONTH + ",?\\s+(\\d{4}))",
            "(?<inmonth>(?:in|since|during|until|by|late|early|mid-?|end of|as early as|as late as)\\s+" + MONTH
                    + ")(?!\\s+\\d)",
            "(?<year>(?:in|since|during|by|until|of|before|after)\\s+((?:19|20)\\d\\d))(?!\\d)"),
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private RelativeDates() {
    }

    /** Resolves an expression that is all date ("on Monday", "last week"); empty when it is not one. */
    public static Optional<Resolved> resolve(String expression, LocalDate published, boolean future) {
        String e = expression.strip();
        Optional<Resolved> found = find(e, published, future)
                .filter(r -> r.start() == 0 && r.end() == e.length());
        if (found.isEmpty() && e.matches("(?i)^(on|in)\\s+.*")) {
            String rest = e.replaceFirst("(?i)^(on|in)\\s+", "");
            return find(rest, published, future).filter(r -> r.start() == 0 && r.end() == rest.length());
        }
        return found;
    }

    /** The first date expression in {@code text}, resolved; empty when there is none. */
    public static Optional<Resolved> find(String text, LocalDate published, boolean future) {
        Matcher m = P.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start() + 1;
            if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                continue;
            }
            if (m.end() < text.length() && Character.isLetterOrDigit(text.charAt(m.end()))) {
                continue;
            }
            Resolved r = resolve(m, published, future);
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static Resolved resolve(Matcher m, LocalDate pub, boolean future) {
        String expr = m.group().strip();
        int s = m.start() + (m.group().length() - m.group().stripLeading().length());
        int e = s + expr.length();
        String q = "'" + expr + "', ";
        if (m.group("mdy") != null) {
            LocalDate d = date(Integer.parseInt(groupAfter(m, "mdy", 4)), month(groupAfter(m, "mdy", 2)),
                    Integer.parseInt(groupAfter(m, "mdy", 3)));
            return d == null ? null : new Resolved(d.toString(), q + "the date given", expr, s, e);
        }
        if (m.group("dmy") != null) {
            LocalDate d = date(Integer.parseInt(groupAfter(m, "dmy", 3)), month(groupAfter(m, "dmy", 2)),
                    Integer.parseInt(groupAfter(m, "dmy", 1)));
            return d == null ? null : new Resolved(d.toString(), q + "the date given", expr, s, e);
        }
        if (m.group("md") != null || m.group("dm") != null) {
            boolean md = m.group("md") != null;
            int month = month(md ? groupAfter(m, "md", 1) : groupAfter(m, "dm", 2));
            int day = Integer.parseInt(md ? groupAfter(m, "md", 2) : groupAfter(m, "dm", 1));
            if (month < 1 || day < 1 || day > 31) {
                return null;
            }
            LocalDate d = yearFor(month, day, pub, future);
            return d == null ? null : new Resolved(d.toString(), q + (future
                    ? "the next such day on or after publication" : "the last such day up to publication"),
                    expr, s, e);
        }
        if (m.group("yesterday") != null) {
            return new Resolved(pub.minusDays(1).toString(), q + "the day before publication", expr, s, e);
        }
        if (m.group("today") != null) {
            return new Resolved(pub.toString(), q + "the day of publication", expr, s, e);
        }
        if (m.group("tomorrow") != null) {
            return new Resolved(pub.plusDays(1).toString(), q + "the day after publication", expr, s, e);
        }
        if (m.group("lastwd") != null) {
            DayOfWeek wd = weekday(groupAfter(m, "lastwd", 1));
            LocalDate d = pub.with(TemporalAdjusters.previous(wd));
            return new Resolved(d.toString(), q + "the " + name(wd) + " before publication", expr, s, e);
        }
        if (m.group("nextwd") != null) {
            DayOfWeek wd = weekday(groupAfter(m, "nextwd", 1));
            LocalDate d = pub.with(TemporalAdjusters.next(wd));
            return new Resolved(d.toString(), q + "the " + name(wd) + " after publication", expr, s, e);
        }
        if (m.group("wd") != null) {
            DayOfWeek wd = weekday(groupAfter(m, "wd", 1));
            if (wd == pub.getDayOfWeek()) {
                return new Resolved(pub.toString(), q + "the day of publication, a " + name(wd), expr, s, e);
            }
            LocalDate d = future ? pub.with(TemporalAdjusters.next(wd)) : pub.with(TemporalAdjusters.previous(wd));
            return new Resolved(d.toString(), q + "the " + name(wd) + (future ? " after" : " before")
                    + " publication", expr, s, e);
        }
        if (m.group("weekend") != null) {
            LocalDate sun = pub.getDayOfWeek() == DayOfWeek.SUNDAY ? pub
                    : pub.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
            return new Resolved(sun.minusDays(1) + "/" + sun, q + "the weekend before publication", expr, s, e);
        }
        if (m.group("lastweek") != null) {
            LocalDate mon = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            return new Resolved(mon + "/" + mon.plusDays(6), q + "the calendar week before publication", expr, s, e);
        }
        if (m.group("thisweek") != null) {
            LocalDate mon = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return future
                    ? new Resolved(pub + "/" + mon.plusDays(6), q + "the rest of the week of publication", expr, s, e)
                    : new Resolved(mon + "/" + pub, q + "the week of publication, up to it", expr, s, e);
        }
        if (m.group("nextweek") != null) {
            LocalDate mon = pub.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return new Resolved(mon + "/" + mon.plusDays(6), q + "the calendar week after publication", expr, s, e);
        }
        if (m.group("lastmonth") != null) {
            return new Resolved(YearMonth.from(pub).minusMonths(1).toString(), q + "the month before publication",
                    expr, s, e);
        }
        if (m.group("thismonth") != null) {
            LocalDate first = pub.withDayOfMonth(1);
            return future
                    ? new Resolved(pub + "/" + pub.with(TemporalAdjusters.lastDayOfMonth()),
                            q + "the rest of the month of publication", expr, s, e)
                    : new Resolved(first + "/" + pub, q + "the month of publication, up to it", expr, s, e);
        }
        if (m.group("nextmonth") != null) {
            return new Resolved(YearMonth.from(pub).plusMonths(1).toString(), q + "the month after publication",
                    expr, s, e);
        }
        if (m.group("lastyear") != null) {
            return new Resolved(String.valueOf(pub.getYear() - 1), q + "the year before publication", expr, s, e);
        }
        if (m.group("thisyear") != null) {
            return future
                    ? new Resolved(pub + "/" + pub.getYear() + "-12-31", q + "the rest of the year of publication",
                            expr, s, e)
                    : new Resolved(pub.getYear() + "-01-01/" + pub, q + "the year of publication, up to it",
                            expr, s, e);
        }
        if (m.group("nextyear") != null) {
            return new Resolved(String.valueOf(pub.getYear() + 1), q + "the year after publication", expr, s, e);
        }
        if (m.group("ago") != null) {
            String n = groupAfter(m, "ago", 1).toLowerCase(Locale.ROOT);
            int k = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
            String unit = groupAfter(m, "ago", 2).toLowerCase(Locale.ROOT);
            return switch (unit) {
                case "day" -> new Resolved(pub.minusDays(k).toString(), q + k + " day(s) before publication",
                        expr, s, e);
                case "week" -> new Resolved(pub.minusWeeks(k) + "~", q + "about " + k
                        + " week(s) before publication", expr, s, e);
                case "month" -> new Resolved(YearMonth.from(pub).minusMonths(k) + "~", q + "about " + k
                        + " month(s) before publication", expr, s, e);
                default -> new Resolved((pub.getYear() - k) + "~", q + "about " + k + " year(s) before publication",
                        expr, s, e);
            };
        }
        if (m.group("monthyear") != null) {
            int month = month(groupAfter(m, "monthyear", 1));
            int year = Integer.parseInt(groupAfter(m, "monthyear", 2));
            return month < 1 ? null : new Resolved(YearMonth.of(year, month).toString(), q + "the month given",
                    expr, s, e);
        }
        if (m.group("inmonth") != null) {
            String text = m.group("inmonth").toLowerCase(Locale.ROOT);
            int month = month(groupAfter(m, "inmonth", 1));
            if (month < 1 || text.startsWith("may") || text.endsWith(" may")) {
                return null; // "may" is nearly always the verb
            }
            YearMonth ym = YearMonth.of(pub.getYear(), month);
            if (future && ym.isBefore(YearMonth.from(pub))) {
                ym = ym.plusYears(1);
            } else if (!future && ym.isAfter(YearMonth.from(pub))) {
                ym = ym.minusYears(1);
            }
            String edtf = text.startsWith("as early as") || text.startsWith("since") ? ym + "/.."
                    : text.startsWith("by") || text.startsWith("until") || text.startsWith("as late as") ? "../" + ym
                    : ym.toString();
            return new Resolved(edtf, q + (future ? "the next " : "the last ") + name(ym.getMonth().getValue())
                    + (future ? " from publication" : " up to publication"), expr, s, e);
        }
        if (m.group("year") != null) {
            String text = m.group("year").toLowerCase(Locale.ROOT);
            String y = groupAfter(m, "year", 1);
            String edtf = text.startsWith("since") || text.startsWith("after") ? y + "/.."
                    : text.startsWith("by") || text.startsWith("until") || text.startsWith("before") ? "../" + y : y;
            return new Resolved(edtf, q + "the year given", expr, s, e);
        }
        return null;
    }

    /** The k-th capturing group after the named group {@code name} (the named group's own inner groups). */
    private static String groupAfter(Matcher m, String name, int k) {
        int idx = groupIndex(m, name);
        return m.group(idx + k);
    }

    private static int groupIndex(Matcher m, String name) {
        int start = m.start(name);
        int end = m.end(name);
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.start(i) == start && m.end(i) == end && m.group(i).equals(m.group(name))) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }

    private static LocalDate yearFor(int month, int day, LocalDate pub, boolean future) {
        for (int dy = 0; dy <= 8; dy++) {
            int year = future ? pub.getYear() + dy : pub.getYear() - dy;
            LocalDate d = date(year, month, day);
            if (d != null && (future ? !d.isBefore(pub) : !d.isAfter(pub))) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return month < 1 ? null : LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (w.startsWith(names[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    private static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    private static String name(DayOfWeek wd) {
        return wd.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String name(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
