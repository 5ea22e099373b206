package io.claimtrail.common.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    @ParameterizedTest(name = "{0} lies in [{1}, {2}]")
    @CsvSource(nullValues = "open", value = {
            "2024,            2024-01-01, 2024-12-31",
            "2024-07,         2024-07-01, 2024-07-31",
            "2024-02,         2024-02-01, 2024-02-29",
            "2023-02,         2023-02-01, 2023-02-28",
            "2024-07-01,      2024-07-01, 2024-07-01",
            "2024-07?,        2024-07-01, 2024-07-31",
            "2024-07~,        2024-07-01, 2024-07-31",
            "2024-07-01%,     2024-07-01, 2024-07-01",
            "2024?,           2024-01-01, 2024-12-31",
            "2024-07/2024-10, 2024-07-01, 2024-10-31",
            "2024-07/..,      2024-07-01, open",
            "../2024-10,      open,       2024-10-31",
            "2024-06-18/2024-06-19, 2024-06-18, 2024-06-19",
            "2024/2024-03,    2024-01-01, 2024-03-31",
            "2024-07~/2024-09?, 2024-07-01, 2024-09-30",
            "0001,            0001-01-01, 0001-12-31",
            "9999-12-31,      9999-12-31, 9999-12-31",
            "2024-02-29,      2024-02-29, 2024-02-29",
            "0001-01-01/2024-02-29, 0001-01-01, 2024-02-29",
    })
    void validValuesKeepTheirTextAndBounds(String text, LocalDate earliest, LocalDate latest) {
        PartialDate date = PartialDate.parse(text);
        assertEquals(text, date.text());
        assertEquals(earliest, date.earliest().orElse(null));
        assertEquals(latest, date.latest().orElse(null));
    }

    @ParameterizedTest(name = "''{0}'' is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
            "''                  | empty",
            "24                  | expected YYYY",
            "2024-7              | expected YYYY",
            "2024-07-1           | expected YYYY",
            "2024/07             | expected YYYY",
            "2024-13             | month 13 does not exist",
            "2024-00             | month 00 does not exist",
            "2024-21             | seasons",
            "2023-02-29          | day 29 does not exist",
            "2024-04-31          | day 31 does not exist",
            "0000                | before 0001",
            "-2024               | expected YYYY",
            "2024-07-01T10:00    | expected YYYY",
            "2024-07??           | expected YYYY",
            "?2024               | expected YYYY",
            "..                  | only allowed as one end",
            "../..               | at least one known end",
            "2024-07/            | write '..'",
            "/2024-07            | write '..'",
            "2024/2025/2026      | exactly one '/'",
            "2024-10/2024-07     | ends before it starts",
            "' 2024'             | expected YYYY",
            "2024-XX             | expected YYYY",
            "July 2024           | expected YYYY",
            "２０２４             | expected YYYY",
            "2024-13-01          | month 13 does not exist",
            "2024-00-10          | month 00 does not exist",
            "2024-21-01          | seasons",
            "0000-01-01          | before 0001",
            "2024-07-0a          | expected YYYY",
            "2024-07+01          | expected YYYY",
            "２０２４-０７-０１     | expected YYYY",
    })
    void invalidValuesAreRejectedWithTheReason(String text, String reason) {
        PartialDateException e = assertThrows(PartialDateException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().contains(reason), () -> e.getMessage() + " should say " + reason);
    }

    @Test
    void tooLongValuesAreRejected() {
        assertThrows(PartialDateException.class, () -> PartialDate.parse("2024-07-01/" + "9".repeat(80)));
    }

    @Test
    void qualifiersAreKept() {
        DatePoint point = PartialDate.parse("2024-07%").start().orElseThrow();
        assertTrue(point.uncertain());
        assertTrue(point.approximate());
        assertEquals(DatePoint.Precision.MONTH, point.precision());
        assertFalse(PartialDate.parse("2024-07?").start().orElseThrow().approximate());
    }

    @Test
    void chronologicalOrderFollowsTheBounds() {
        List<PartialDate> dates = new ArrayList<>(List.of("2024-08-01", "2024-07", "2024-06-30", "../2024-07-15", "2024",
                "2024-07/..", "2024-07-01").stream().map(PartialDate::parse).toList());
        dates.sort(PartialDate.CHRONOLOGICAL);
        assertEquals(List.of("../2024-07-15", "2024", "2024-06-30", "2024-07-01", "2024-07", "2024-07/..", "2024-08-01"),
                dates.stream().map(PartialDate::text).toList());
    }

    @Test
    void overlapAndCertainty() {
        PartialDate july = PartialDate.parse("2024-07");
        assertTrue(july.overlaps(LocalDate.of(2024, 7, 31), null));
        assertFalse(july.overlaps(LocalDate.of(2024, 8, 1), null));
        assertTrue(july.overlaps(null, LocalDate.of(2024, 7, 1)));
        assertFalse(july.certainlyBy(LocalDate.of(2024, 7, 2)));
        assertTrue(july.certainlyBy(LocalDate.of(2024, 7, 31)));
        assertFalse(PartialDate.parse("2024-07/..").certainlyBy(LocalDate.of(2030, 1, 1)));
        assertTrue(PartialDate.parse("../2024-10").overlaps(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 1)));
    }
}
