package io.claimtrail.common.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsOfTest {

    private static final Instant T = Instant.parse("2024-07-03T10:00:00Z");

    private static LocalDate day(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static Instant at(String text) {
        return text == null || text.isEmpty() ? null : Instant.parse(text);
    }

    @ParameterizedTest(name = "asOf {0}: latest bound {1} stated = {2}")
    @CsvSource(nullValues = "-", value = {
            "-,          -,          true",   // the current record shows open-ended dates too
            "-,          2030-01-01, true",
            "2024-07-02, 2024-07-01, true",
            "2024-07-02, 2024-07-02, true",   // the day itself counts
            "2024-07-02, 2024-07-03, false",
            "2024-07-02, -,          false"   // open end: never certainly stated by a day
    })
    void statedByTheDay(String asOf, String latest, boolean stated) {
        assertEquals(stated, new AsOf(day(asOf), null).stated(day(latest)));
    }

    @ParameterizedTest(name = "knownAt {0}: recorded {1} to {2} in force = {3}")
    @CsvSource(nullValues = "-", value = {
            "-,                    2024-07-01T00:00:00Z, -,                    true",
            "-,                    2024-07-01T00:00:00Z, 2024-07-02T00:00:00Z, false", // replaced: not current
            "2024-07-01T12:00:00Z, 2024-07-01T00:00:00Z, 2024-07-02T00:00:00Z, true",
            "2024-07-01T00:00:00Z, 2024-07-01T00:00:00Z, 2024-07-02T00:00:00Z, true",  // from is inclusive
            "2024-07-02T00:00:00Z, 2024-07-01T00:00:00Z, 2024-07-02T00:00:00Z, false", // to is exclusive
            "2024-06-30T00:00:00Z, 2024-07-01T00:00:00Z, -,                    false", // not yet recorded
            "2024-09-30T00:00:00Z, 2024-07-01T00:00:00Z, -,                    true"
    })
    void versionInForce(String knownAt, String from, String to, boolean inForce) {
        assertEquals(inForce, new AsOf(null, at(knownAt)).inForce(at(from), at(to)));
    }

    @ParameterizedTest(name = "knownAt {0}: withdrawn at {1} = {2}")
    @CsvSource(nullValues = "-", value = {
            "-,                    -,                    false",
            "-,                    2024-07-01T00:00:00Z, true",
            "2024-06-30T00:00:00Z, 2024-07-01T00:00:00Z, false", // before the withdrawal: still in force
            "2024-07-01T00:00:00Z, 2024-07-01T00:00:00Z, true"
    })
    void withdrawnOnceRecorded(String knownAt, String withdrawnAt, boolean withdrawn) {
        assertEquals(withdrawn, new AsOf(null, at(knownAt)).withdrawn(at(withdrawnAt)));
    }

    @Test
    void recordedAtOrBeforeTheMoment() {
        AsOf view = new AsOf(null, T);
        assertTrue(view.recorded(T));
        assertTrue(view.recorded(T.minusMillis(1)));
        assertFalse(view.recorded(T.plusNanos(1000)));
        assertTrue(AsOf.NOW.recorded(Instant.MAX));
    }

    @Test
    void aMomentStillAheadReadsAsNow() {
        assertNull(AsOf.of(null, T.plusSeconds(1), T).knownAt());
        assertTrue(AsOf.of(null, T.plusSeconds(1), T).current());
        assertEquals(T, AsOf.of(null, T, T).knownAt());
        assertTrue(AsOf.knownAtLiesAhead(T.plusSeconds(1), T));
        assertFalse(AsOf.knownAtLiesAhead(null, T));
    }

    @Test
    void sqlMirrorsTheJavaRuleAndBindsEachValueOnce() {
        List<Object> params = new ArrayList<>(List.of("first"));
        AsOf.Sql sql = new AsOf(LocalDate.parse("2024-07-02"), T).sql(params);
        assertEquals("v.recorded_from <= $2::timestamptz AND (v.recorded_to IS NULL OR v.recorded_to > $2::timestamptz)",
                sql.version("v"));
        assertEquals("c.stated_latest <= $3::date", sql.stated("c.stated_latest"));
        assertEquals("t.recorded_at <= $2::timestamptz", sql.recorded("t.recorded_at"));
        assertEquals("(t.withdrawn_at IS NULL OR t.withdrawn_at > $2::timestamptz)", sql.notWithdrawn("t.withdrawn_at"));
        assertEquals(List.of("first", T.atOffset(ZoneOffset.UTC), LocalDate.parse("2024-07-02")), params);

        List<Object> none = new ArrayList<>();
        AsOf.Sql now = AsOf.NOW.sql(none);
        assertEquals("v.recorded_to IS NULL", now.version("v"));
        assertEquals("true", now.stated("c.stated_latest"));
        assertEquals("true", now.recorded("t.recorded_at"));
        assertEquals("t.withdrawn_at IS NULL", now.notWithdrawn("t.withdrawn_at"));
        assertTrue(none.isEmpty());
    }
}
