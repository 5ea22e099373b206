package io.claimtrail.claims.domain;

import io.claimtrail.claims.client.SourceSummary;
import io.claimtrail.common.date.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who spoke for a source on a claim's day: affiliation windows, intersected along paths, cycle-safe. */
class MembershipTest {

    private final Map<UUID, SourceSummary> network = new LinkedHashMap<>();

    private UUID source(String name, SourceSummary.Link... links) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes());
        network.put(id, new SourceSummary(id, name, name, "PERSON", "F", null, false, List.of(links)));
        return id;
    }

    private static SourceSummary.Link link(UUID parent, String from, String to) {
        return new SourceSummary.Link(parent, "member", from, to);
    }

    @ParameterizedTest(name = "affiliation {0}..{1}, claim stated {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2023       | 2024-06    | 2024-03-01            | true",
            "2023       | 2024-06    | 2024-07-01            | false",
            "2023       | 2024-06    | 2024-06-30            | true",
            "-          | -          | 1999                  | true",
            "../2024-07-01 | -       | 2024-07-01            | true",
            "2024-07-02 | -          | 2024-06-19/2024-07-01 | false",
            "2024-07    | -          | 2024-06-19/2024-07-01 | true",
            "2024-07    | -          | 2024-06~              | false",
    })
    void anAffiliationCountsWhenItsDatesMayOverlapTheClaimsStatedOn(String from, String to, String stated,
            boolean counts) {
        assertEquals(counts, Membership.inForce(PartialDate.parseNullable(from), PartialDate.parseNullable(to),
                PartialDate.parse(stated)));
    }

    @Test
    void windowsIntersectAlongEachPathAndCyclesEndTheWalk() {
        UUID government = source("government");
        UUID ministry = source("ministry", link(government, "2020", "2024-12"));
        UUID spokesman = source("spokesman", link(ministry, "2024-03", null));
        UUID press = source("press office", link(ministry, null, null), link(spokesman, null, null));
        source("stranger");
        // A cycle: the government is also listed under the press office.
        network.put(government, new SourceSummary(government, "government", "government", "INSTITUTION", "B", null,
                false, List.of(link(press, null, null))));

        List<Membership.Window> windows = Membership.windows(government, network);
        assertEquals(new Membership.Window(government, null, null), windows.get(0));
        assertEquals(List.of(
                new Membership.Window(government, null, null),
                new Membership.Window(ministry, LocalDate.parse("2020-01-01"), LocalDate.parse("2024-12-31")),
                new Membership.Window(spokesman, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-12-31")),
                new Membership.Window(press, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-12-31")),
                new Membership.Window(press, LocalDate.parse("2020-01-01"), LocalDate.parse("2024-12-31"))),
                windows);
    }

    @Test
    void aPathWhoseWindowsNeverMeetIsNoMembership() {
        UUID office = source("office");
        UUID unit = source("unit", link(office, "2010", "2012"));
        source("clerk", link(unit, "2015", null));
        assertEquals(List.of(new Membership.Window(office, null, null),
                new Membership.Window(unit, LocalDate.parse("2010-01-01"), LocalDate.parse("2012-12-31"))),
                Membership.windows(office, network));
    }

    @Test
    void overlappingWindowsOfOneSourceMergeAndEachLaterSpanKnowsWhereTheSourcesPreviousOneEnded() {
        UUID office = UUID.randomUUID();
        UUID press = UUID.randomUUID();
        UUID clerk = UUID.randomUUID();
        List<Membership.Window> windows = List.of(
                new Membership.Window(office, null, null),
                new Membership.Window(press, day("2024-03-01"), day("2024-12-31")),
                new Membership.Window(clerk, day("2015-01-01"), day("2016-12-31")),
                new Membership.Window(press, day("2020-01-01"), day("2024-06-30")),
                new Membership.Window(clerk, day("2010-01-01"), day("2012-12-31")),
                new Membership.Window(clerk, null, day("2010-06-30")),
                new Membership.Window(clerk, day("2019-01-01"), null),
                new Membership.Window(clerk, day("2020-01-01"), day("2021-12-31")));
        assertEquals(List.of(
                new Membership.Span(office, null, null, null),
                new Membership.Span(press, day("2020-01-01"), day("2024-12-31"), null),
                new Membership.Span(clerk, null, day("2012-12-31"), null),
                new Membership.Span(clerk, day("2015-01-01"), day("2016-12-31"), day("2012-12-31")),
                new Membership.Span(clerk, day("2019-01-01"), null, day("2016-12-31"))),
                Membership.disjoint(windows));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @ParameterizedTest(name = "the spokesman on {0} speaks for {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2024-05-01            | spokesman ministry government",
            "2025-02-01            | spokesman ministry",
            "2019-06-01            | spokesman",
            "2024-02               | spokesman",
            "2024-02/2024-03       | spokesman ministry government",
            "-                     | spokesman ministry government",
    })
    void aSpeakerSpeaksForTheInstitutionsItsLinksPutItInOnTheDayAtAnyDepth(String stated, String expected) {
        UUID government = source("government");
        UUID ministry = source("ministry", link(government, "2020", "2024-12"));
        UUID spokesman = source("spokesman", link(ministry, "2024-03", null));
        // a cycle ends the walk
        network.put(government, new SourceSummary(government, "government", "government", "INSTITUTION", "B", null,
                false, List.of(link(spokesman, null, null))));
        Map<String, UUID> byName = Map.of("spokesman", spokesman, "ministry", ministry, "government", government);
        assertEquals(java.util.Arrays.stream(expected.split(" ")).map(byName::get).toList(),
                List.copyOf(Membership.speakingFor(spokesman, PartialDate.parseNullable(stated), network)));
    }
}
