package io.claimtrail.timelines.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.client.StoryPage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Claims per status per day, as the story page's strip chart draws them. */
class StoryStripTest {

    private static final Instant RECORDED = Instant.parse("2024-07-03T00:00:00Z");

    @Test
    void aClaimCountsFromTheLastDayItMayHaveBeenStatedInTheStatusOfThatDay() {
        Entry report = claim("2024-06-19/2024-07-01", "DISPUTED", List.of(
                new StoryPage.Move(null, "UNVERIFIED", 6, "2024-06-19/2024-07-01", RECORDED),
                new StoryPage.Move("UNVERIFIED", "DISPUTED", 4, "2024-07-01", RECORDED)));
        Entry statement = claim("2024-07-01/2024-07-02", "UNVERIFIED", List.of(
                new StoryPage.Move(null, "UNVERIFIED", 6, "2024-07-01/2024-07-02", RECORDED)));
        Entry event = event("2024-06-18");

        StoryStrip strip = StoryStrip.of(List.of(event, report, statement));

        assertEquals(LocalDate.parse("2024-06-18"), strip.firstDay());
        assertEquals(LocalDate.parse("2024-07-02"), strip.lastDay());
        assertEquals(15, strip.days().size());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), strip.counts().get("UNVERIFIED"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1), strip.counts().get("DISPUTED"));
        assertEquals(StoryStrip.STATUSES, List.copyOf(strip.counts().keySet()));
    }

    @Test
    void aLaterMoveChangesTheStatusFromItsDayOn() {
        Entry claim = claim("2024-06-01", "CONFIRMED", List.of(
                new StoryPage.Move(null, "UNVERIFIED", 6, "2024-06-01", RECORDED),
                new StoryPage.Move("UNVERIFIED", "DISPUTED", 4, "2024-06-03", RECORDED),
                new StoryPage.Move("DISPUTED", "CONFIRMED", 1, "2024-06", RECORDED)));

        assertEquals("UNVERIFIED", StoryStrip.statusOn(claim, LocalDate.parse("2024-06-02")));
        assertEquals("DISPUTED", StoryStrip.statusOn(claim, LocalDate.parse("2024-06-29")));
        // "June 2024" is certain only from its last day on.
        assertEquals("CONFIRMED", StoryStrip.statusOn(claim, LocalDate.parse("2024-06-30")));
    }

    @Test
    void aLongStoryIsSampledToAtMostFourHundredPointsEndingOnItsLastDay() {
        StoryStrip strip = StoryStrip.of(List.of(event("2020-01-01"), event("2024-12-31")));

        assertEquals(5, strip.stepDays());
        assertEquals(LocalDate.parse("2024-12-31"), strip.days().get(strip.days().size() - 1));
        assertEquals(true, strip.days().size() <= StoryStrip.MAX_POINTS + 1);
    }

    @Test
    void aStoryWithoutDatesHasNoDays() {
        assertEquals(List.of(), StoryStrip.of(List.of()).days());
    }

    private static Entry claim(String statedOn, String status, List<StoryPage.Move> history) {
        PartialDate date = PartialDate.parse(statedOn);
        return new Entry(Entry.Type.CLAIM, UUID.randomUUID(), date, date.earliest().orElse(null),
                date.latest().orElse(null), "a claim", "a claim", null, null, null, null, null, "ASSERTION", status, 6,
                null, null, List.of(), history);
    }

    private static Entry event(String day) {
        PartialDate date = PartialDate.parse(day);
        return new Entry(Entry.Type.EVENT, UUID.randomUUID(), date, date.earliest().orElse(null),
                date.latest().orElse(null), "an event", null, null, null, null, List.of(), List.of(), null, null, null,
                null, null, null, null);
    }
}
