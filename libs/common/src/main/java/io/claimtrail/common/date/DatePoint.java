package io.claimtrail.common.date;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One end of a partial date: a year, optionally a month and a day, and the EDTF qualifiers.
 * {@code month} and {@code day} are 0 when not given.
 */
public record DatePoint(int year, int month, int day, boolean uncertain, boolean approximate) {

    public enum Precision { YEAR, MONTH, DAY }

    public Precision precision() {
        return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
    }

    public LocalDate earliest() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    public LocalDate latest() {
        if (day > 0) {
            return LocalDate.of(year, month, day);
        }
        return month > 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }
}
