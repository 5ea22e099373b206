package io.claimtrail.claims.domain;

import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain of a claim's transitions: order by effective date, back-dated insertions, withdrawals, as-of states. */
class StatusChainTest {

    private static final Instant T0 = Instant.parse("2024-08-01T00:00:00Z");
    private int recorded;

    private Transition link(ClaimStatus from, ClaimStatus to, int credibility, String effectiveOn) {
        Transition t = new Transition();
        t.id = UUID.randomUUID();
        t.from = from;
        t.to = to;
        t.credibility = credibility;
        t.setEffectiveOn(PartialDate.parse(effectiveOn));
        t.recordedAt = T0.plusSeconds(recorded++);
        return t;
    }

    /** "UNVERIFIED:6@2024-06, DISPUTED:4@2024-07-01, ..." as a recorded history, the first link first. */
    private List<Transition> history(String spec) {
        List<Transition> list = new ArrayList<>();
        ClaimStatus previous = null;
        for (String part : spec.split(",\\s*")) {
            String[] statusAndDate = part.split("@");
            String[] statusAndCredibility = statusAndDate[0].split(":");
            ClaimStatus to = ClaimStatus.valueOf(statusAndCredibility[0]);
            list.add(link(previous, to, Integer.parseInt(statusAndCredibility[1]), statusAndDate[1]));
            previous = to;
        }
        return list;
    }

    private static String statuses(StatusChain chain) {
        return String.join(" ", chain.links().stream().map(t -> t.to + ":" + t.credibility).toList());
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // appended at the end, as before back-dating existed
            "UNVERIFIED:6@2024-06                          | DISPUTED:4@2024-07-01  | UNVERIFIED:6 DISPUTED:4",
            // back-dated before the latest, still legal on both sides
            "UNVERIFIED:6@2024-06, CONFIRMED:1@2024-10     | DISPUTED:4@2024-07-01  | UNVERIFIED:6 DISPUTED:4 CONFIRMED:1",
            // equal dates keep the recorded order: the newer goes after
            "UNVERIFIED:6@2024-06, DISPUTED:4@2024-07-01   | REFUTED:5@2024-07-01   | UNVERIFIED:6 DISPUTED:4 REFUTED:5",
            // a partial date: July 2024 starts before 2 July, so it goes before it
            "UNVERIFIED:6@2024-06, DISPUTED:4@2024-07-02   | CORROBORATED:3@2024-07 | UNVERIFIED:6 CORROBORATED:3 DISPUTED:4",
            // only the credibility changes
            "UNVERIFIED:6@2024-06                          | UNVERIFIED:3@2024-06-20| UNVERIFIED:6 UNVERIFIED:3",
            // an open statedOn sorts first, but the first link stays first whatever its date
            "UNVERIFIED:6@../2024-07-01                    | DISPUTED:4@2024-06-28  | UNVERIFIED:6 DISPUTED:4",
            "UNVERIFIED:6@2024-06                          | DISPUTED:4@2024-06-01  | UNVERIFIED:6 DISPUTED:4"
    })
    void insertsWhereItTookEffect(String recordedSpec, String moveSpec, String expected) {
        StatusChain chain = StatusChain.of(history(recordedSpec), AsOf.NOW);
        Transition move = history("UNVERIFIED:6@2024-01, " + moveSpec).get(1);
        StatusChain after = chain.insert(move);
        assertEquals(expected, statuses(after));
        assertEquals(after.links().get(after.links().indexOf(move) - 1).to, move.from);
    }

    @ParameterizedTest(name = "{0} + {1} is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            // nothing changes from the link before
            "UNVERIFIED:6@2024-06, DISPUTED:4@2024-07-01   | DISPUTED:4@2024-07-02  | already DISPUTED",
            // the graph forbids it after the link before: RETRACTED is final
            "UNVERIFIED:6@2024-06, RETRACTED:6@2024-07-01  | DISPUTED:4@2024-07-02  | cannot move from RETRACTED",
            // back-dated before a later move that would then be illegal: CONFIRMED cannot go to CORROBORATED
            "UNVERIFIED:6@2024-06, CORROBORATED:3@2024-08  | CONFIRMED:1@2024-07-01 | later transition",
            // back-dated retraction before a later move
            "UNVERIFIED:6@2024-06, DISPUTED:4@2024-08      | RETRACTED:6@2024-07-01 | later transition"
    })
    void refusesWhatBreaksTheChain(String recordedSpec, String moveSpec, String message) {
        StatusChain chain = StatusChain.of(history(recordedSpec), AsOf.NOW);
        Transition move = history("UNVERIFIED:6@2024-01, " + moveSpec).get(1);
        ProblemException refused = assertThrows(ProblemException.class, () -> chain.insert(move));
        assertEquals(409, refused.status());
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    @Test
    void withdrawingKeepsTheRestLegalOrNamesTheLaterLink() {
        List<Transition> recordedHistory = history(
                "UNVERIFIED:6@2024-06, REFUTED:5@2024-07-01, DISPUTED:4@2024-07-05, CORROBORATED:3@2024-08");
        StatusChain chain = StatusChain.of(recordedHistory, AsOf.NOW);
        assertEquals("UNVERIFIED:6 DISPUTED:4 CORROBORATED:3", statuses(chain.without(recordedHistory.get(1))));
        ProblemException later = assertThrows(ProblemException.class, () -> chain.without(recordedHistory.get(2)));
        assertTrue(later.getMessage().contains(recordedHistory.get(3).id.toString()), later.getMessage());
        ProblemException first = assertThrows(ProblemException.class, () -> chain.without(recordedHistory.get(0)));
        assertEquals(409, first.status());
    }

    @Test
    void stateAsOfADayAndAsKnownAtAMoment() {
        List<Transition> moves = history("UNVERIFIED:6@2024-06, CONFIRMED:1@2024-10");
        // recorded later, back-dated before the confirmation
        Transition disputed = link(ClaimStatus.UNVERIFIED, ClaimStatus.DISPUTED, 4, "2024-07-01");
        moves.add(disputed);
        Instant beforeBackDating = disputed.recordedAt.minusMillis(1);

        assertEquals(ClaimStatus.CONFIRMED, StatusChain.of(moves, AsOf.NOW).last().orElseThrow().to);
        assertEquals(ClaimStatus.DISPUTED, at(moves, "2024-07-02", null));
        assertEquals(ClaimStatus.UNVERIFIED, at(moves, "2024-06-30", null));
        assertEquals(ClaimStatus.UNVERIFIED, at(moves, "2024-07-02", beforeBackDating));
        assertEquals(ClaimStatus.CONFIRMED, at(moves, "2024-11-01", beforeBackDating));

        disputed.withdrawnAt = disputed.recordedAt.plusSeconds(60);
        assertEquals(ClaimStatus.UNVERIFIED, at(moves, "2024-07-02", null));
        // before the withdrawal was recorded, the transition was still in force
        assertEquals(ClaimStatus.DISPUTED, at(moves, "2024-07-02", disputed.recordedAt.plusSeconds(1)));
    }

    private static ClaimStatus at(List<Transition> moves, String day, Instant knownAt) {
        return StatusChain.of(moves, new AsOf(LocalDate.parse(day), knownAt)).last().orElseThrow().to;
    }
}
