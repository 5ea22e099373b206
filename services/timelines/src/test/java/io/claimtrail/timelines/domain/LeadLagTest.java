package io.claimtrail.timelines.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.client.StoryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Who reported a cluster first, each later source's lag, and the days to the first dispute, confirmation, refutation. */
class LeadLagTest {

    private static final Entry.SourceRef CHOSUN = source("TV Chosun");
    private static final Entry.SourceRef KYIV_POST = source("Kyiv Post");
    private static final Entry.SourceRef REUTERS = source("Reuters");

    private static Entry.SourceRef source(String name) {
        return new Entry.SourceRef(UUID.nameUUIDFromBytes(name.getBytes()), name, "OUTLET", "C");
    }

    /** A claim stated on {@code statedOn} with moves "STATUS@effectiveOn". */
    private static Entry claim(Entry.SourceRef source, String statedOn, String status, String... moves) {
        PartialDate date = PartialDate.parse(statedOn);
        List<StoryPage.Move> history = new ArrayList<>();
        for (String move : moves) {
            String[] parts = move.split("@");
            history.add(new StoryPage.Move("UNVERIFIED", parts[0], 3, parts[1], Instant.EPOCH));
        }
        return new Entry(Entry.Type.CLAIM, UUID.randomUUID(), date, date.earliest().orElse(null),
                date.latest().orElse(null), null, source.name() + " on " + statedOn, null, null, source, null, null,
                "ASSERTION", status, 3, 50, null, null, history);
    }

    @Test
    void theFirstReportLeadsAndEachLaterSourceLagsByItsOwnFirstClaim() {
        Entry first = claim(CHOSUN, "2024-06-19/2024-07-01", "CONFIRMED", "CONFIRMED@2024-10-20");
        Entry again = claim(CHOSUN, "2024-07-05", "UNVERIFIED");
        Entry follow = claim(KYIV_POST, "2024-07-02", "DISPUTED", "DISPUTED@2024-07-03");
        Entry later = claim(REUTERS, "2024-07-10", "UNVERIFIED");
        Entry laterStill = claim(REUTERS, "2024-07-20", "UNVERIFIED");
        LeadLag.Timing timing = LeadLag.of(List.of(laterStill, follow, first, later, again));
        assertEquals(CHOSUN.id(), timing.firstSourceId());
        assertEquals(List.of(new LeadLag.Lag(KYIV_POST.id(), "Kyiv Post", follow.id(), 13),
                new LeadLag.Lag(REUTERS.id(), "Reuters", later.id(), 21)), timing.lags());
        assertEquals(14, timing.daysToFirstDispute());
        assertEquals(123, timing.daysToFirstConfirmation());
        assertNull(timing.daysToFirstRefutation());
    }

    @ParameterizedTest(name = "first report {0}, a {1} on {2}: {3} days")
    @CsvSource(delimiter = '|', value = {
            "2024-07-01 | REFUTED  | 2024-07-31 | 30",
            "2024-07    | REFUTED  | 2024-07-31 | 30",
            "2024-07-01 | REFUTED  | 2024-06-30 | 0",
            "2024-07-01 | REFUTED  | 2024-08    | 31",
    })
    void daysCountFromTheEarliestPossibleDays(String statedOn, String status, String effectiveOn, long days) {
        LeadLag.Timing timing = LeadLag.of(List.of(claim(CHOSUN, statedOn, status, status + "@" + effectiveOn)));
        assertEquals(days, timing.daysToFirstRefutation());
    }

    @Test
    void perSourceHowOftenFirstAndHowOftenRight() {
        List<List<Entry>> clusters = List.of(
                List.of(claim(CHOSUN, "2024-07-01", "CONFIRMED", "CONFIRMED@2024-10-20"), claim(KYIV_POST, "2024-07-02", "UNVERIFIED")),
                List.of(claim(CHOSUN, "2024-08-01", "REFUTED", "REFUTED@2024-09-01")),
                List.of(claim(KYIV_POST, "2024-08-01", "UNVERIFIED"), claim(CHOSUN, "2024-08-03", "UNVERIFIED")));
        assertEquals(List.of(new LeadLag.SourceLead(CHOSUN.id(), "TV Chosun", 3, 2, 1),
                new LeadLag.SourceLead(KYIV_POST.id(), "Kyiv Post", 2, 1, 0)), LeadLag.bySource(clusters));
    }
}
