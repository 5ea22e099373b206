package io.claimtrail.claims.domain;

import io.claimtrail.common.date.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the evidence on a claim adds up to, as of a day: the one home of these rules (the README's "Assessment
 * rules" mirrors them; {@code EvidenceRulesTest} has a row for each).
 * <p>
 * <b>Bearing.</b> A claim bears on the assessed one through a relation: SUPPORTS it (for), CONTRADICTS it either way
 * (against), NO_EVIDENCE_FOR it or any claim of kind NO_EVIDENCE (absence of evidence: never for, never against),
 * RETRACTS it (its speaker withdraws it), CITES or DUPLICATES it either way (an echo of the claim itself). A
 * supporting or contradicting claim that is itself REFUTED or RETRACTED that day is set aside.
 * <p>
 * <b>Lines.</b> Claims joined by CITES or DUPLICATES chains, claims of one source, and claims of sources under one
 * institution on the claim's {@code statedOn} (affiliations that may be in force then, transitively) are one line.
 * A line joined to the assessed claim itself is not independent of it. Only independent lines count; a line is
 * reliable when one of its sources is rated A, B or C that day.
 */
public final class EvidenceRules {

    /** How a claim bears on the assessed one. */
    public enum Bearing { FOR, AGAINST, NO_EVIDENCE, RETRACTION, ECHO, SET_ASIDE, OTHER }

    /** A source's affiliation: to {@code parentId}, possibly in force between {@code from} and {@code to}. */
    public record Link(UUID parentId, PartialDate from, PartialDate to) {
    }

    /** A source as the rules need it: its name, its reliability letter on the day, its affiliations. */
    public record SourceFacts(UUID id, String name, String reliability, List<Link> affiliations) {
    }

    /** A claim related to the assessed one, as the view sees it, through {@code relation} (outgoing: from it). */
    public record Related(ClaimSnapshot claim, RelationType relation, boolean outgoing) {
    }

    /** Claims that are one line of evidence, and how they bear on the assessed claim. */
    public record Line(Bearing bearing, boolean independent, List<Related> claims, List<UUID> sourceIds,
            String bestReliability) {

        public boolean reliable() {
            return bestReliability != null && "ABC".contains(bestReliability);
        }
    }

    /** A suggested status and credibility, each with the rule that produced it and why. */
    public record Suggestion(ClaimStatus status, Rule statusRule, String statusWhy, int credibility,
            Rule credibilityRule, String credibilityWhy) {
    }

    /** The rules, in the order they are tried; the first that applies decides. */
    public enum Rule {
        // status
        FINAL("RETRACTED is final: the speaker withdrew the claim"),
        RETRACTED_BY_SPEAKER("a later claim of the same source retracts it -> RETRACTED"),
        LINES_BOTH_WAYS("independent lines for and against -> DISPUTED, credibility 3"),
        CONTRADICTED_BY_RELIABLE("an independent line against from a source rated A-C, none for -> DISPUTED, credibility 5"),
        CORROBORATED("one or more independent lines for, none against -> CORROBORATED"),
        CONTRADICTED_BY_WEAK("lines against only from sources rated D-F, none for -> status unchanged, credibility 4"),
        ABSENCE_OF_EVIDENCE_FROM_RELIABLE("no lines, a no-evidence statement from a source rated A-C, claim UNVERIFIED "
                + "-> DISPUTED (never REFUTED)"),
        ABSENCE_OF_EVIDENCE("no lines, only no-evidence statements -> status unchanged: an absence of evidence may "
                + "justify DISPUTED, never REFUTED"),
        NO_LINES("no independent line for or against -> unchanged"),
        NOT_A_LEGAL_MOVE("the move the evidence suggests is not allowed from the claim's status -> unchanged"),
        // credibility
        TWO_INDEPENDENT_LINES_FOR("two or more independent lines for, none against -> credibility 1"),
        ONE_LINE_FOR("one independent line for, none against -> credibility 2"),
        VERDICT("the suggested status is a verdict (CONFIRMED, REFUTED, RETRACTED) -> credibility unchanged");

        public final String text;

        Rule(String text) {
            this.text = text;
        }
    }

    /** The lines and the suggestion for one claim. */
    public record Outcome(List<Line> lines, Suggestion suggestion) {

        public List<Line> of(Bearing bearing) {
            return lines.stream().filter(l -> l.bearing() == bearing).toList();
        }

        public long independent(Bearing bearing) {
            return lines.stream().filter(l -> l.bearing() == bearing && l.independent()).count();
        }
    }

    private EvidenceRules() {
    }

    /**
     * The outcome for {@code target} (as the view sees it) from its related claims, the CITES and DUPLICATES
     * relations among any claims around them ({@code echoes}), and the facts about their sources.
     */
    public static Outcome assess(ClaimSnapshot target, List<Related> related, List<Relation> echoes,
            Map<UUID, SourceFacts> sources) {
        return assess(target, related, List.of(), echoes, sources);
    }

    /**
     * As above, with {@code chained}: claims not related to the target but joined to a related claim by a CITES or
     * DUPLICATES chain (the wire story three outlets repeat); each joins the lines of the claims it is chained to.
     */
    public static Outcome assess(ClaimSnapshot target, List<Related> related, List<Related> chained,
            List<Relation> echoes, Map<UUID, SourceFacts> sources) {
        Groups groups = new Groups();
        for (Relation r : echoes) {
            if (r.type == RelationType.CITES || r.type == RelationType.DUPLICATES) {
                groups.union(r.fromClaimId, r.toClaimId);
            }
        }
        groups.family(target.claim(), sources);
        related.forEach(r -> groups.family(r.claim().claim(), sources));
        chained.forEach(r -> groups.family(r.claim().claim(), sources));
        Object own = groups.find(target.claim().id);

        // Each line's claims are gathered first and the line is made once (a claim with 1,000 relations has as many).
        Map<LineKey, List<Related>> byLine = new LinkedHashMap<>();
        Map<Object, List<LineKey>> evidenceLinesOfGroup = new HashMap<>();
        for (Related r : sortedByStated(related)) {
            Bearing bearing = bearing(target, r);
            Object group = groups.find(r.claim().claim().id);
            byLine.computeIfAbsent(new LineKey(bearing, group), k -> {
                if (bearing == Bearing.FOR || bearing == Bearing.AGAINST || bearing == Bearing.NO_EVIDENCE) {
                    evidenceLinesOfGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(k);
                }
                return new ArrayList<>();
            }).add(r);
        }
        for (Related r : sortedByStated(chained)) {
            Object group = groups.find(r.claim().claim().id);
            evidenceLinesOfGroup.getOrDefault(group, List.of()).forEach(key -> byLine.get(key).add(r));
        }
        List<Line> all = new ArrayList<>(byLine.size());
        byLine.forEach((key, claims) -> {
            boolean independent = !key.group().equals(own)
                    && (key.bearing() == Bearing.FOR || key.bearing() == Bearing.AGAINST);
            all.add(line(key.bearing(), independent, claims, sources));
        });
        return new Outcome(List.copyOf(all), suggest(target, all));
    }

    /** A line: the claims of one group (see {@link Groups}) bearing one way on the assessed claim. */
    private record LineKey(Bearing bearing, Object group) {
    }

    /** How one related claim bears on the assessed one (see the class comment). */
    static Bearing bearing(ClaimSnapshot target, Related r) {
        ClaimStatus standing = r.claim().status();
        boolean discredited = standing == ClaimStatus.REFUTED || standing == ClaimStatus.RETRACTED;
        if (r.claim().claim().kind == ClaimKind.NO_EVIDENCE || r.relation() == RelationType.NO_EVIDENCE_FOR && !r.outgoing()) {
            return Bearing.NO_EVIDENCE;
        }
        return switch (r.relation()) {
            case SUPPORTS -> r.outgoing() ? Bearing.OTHER : discredited ? Bearing.SET_ASIDE : Bearing.FOR;
            case CONTRADICTS -> discredited ? Bearing.SET_ASIDE : Bearing.AGAINST;
            case RETRACTS -> !r.outgoing() && r.claim().claim().sourceId.equals(target.claim().sourceId)
                    ? Bearing.RETRACTION : Bearing.OTHER;
            case CITES, DUPLICATES -> Bearing.ECHO;
            default -> Bearing.OTHER;
        };
    }

    /** The status and credibility rules, first match wins; a move the status graph forbids is not suggested. */
    static Suggestion suggest(ClaimSnapshot target, List<Line> lines) {
        ClaimStatus now = target.status();
        int rating = target.credibility();
        long forLines = lines.stream().filter(l -> l.bearing() == Bearing.FOR && l.independent()).count();
        List<Line> against = lines.stream().filter(l -> l.bearing() == Bearing.AGAINST && l.independent()).toList();
        boolean reliableAgainst = against.stream().anyMatch(Line::reliable);
        List<Line> noEvidence = lines.stream().filter(l -> l.bearing() == Bearing.NO_EVIDENCE).toList();
        boolean retracted = lines.stream().anyMatch(l -> l.bearing() == Bearing.RETRACTION);

        Rule statusRule;
        ClaimStatus status;
        Integer credibility = null;
        Rule credibilityRule = null;
        if (now == ClaimStatus.RETRACTED) {
            statusRule = Rule.FINAL;
            status = now;
        } else if (retracted) {
            statusRule = Rule.RETRACTED_BY_SPEAKER;
            status = ClaimStatus.RETRACTED;
        } else if (forLines > 0 && !against.isEmpty()) {
            statusRule = Rule.LINES_BOTH_WAYS;
            status = ClaimStatus.DISPUTED;
            credibility = 3;
        } else if (reliableAgainst) {
            statusRule = Rule.CONTRADICTED_BY_RELIABLE;
            status = ClaimStatus.DISPUTED;
            credibility = 5;
        } else if (forLines > 0) {
            statusRule = Rule.CORROBORATED;
            status = ClaimStatus.CORROBORATED;
            credibility = forLines >= 2 ? 1 : 2;
            credibilityRule = forLines >= 2 ? Rule.TWO_INDEPENDENT_LINES_FOR : Rule.ONE_LINE_FOR;
        } else if (!against.isEmpty()) {
            statusRule = Rule.CONTRADICTED_BY_WEAK;
            status = now;
            credibility = 4;
        } else if (noEvidence.stream().anyMatch(Line::reliable) && now == ClaimStatus.UNVERIFIED) {
            statusRule = Rule.ABSENCE_OF_EVIDENCE_FROM_RELIABLE;
            status = ClaimStatus.DISPUTED;
        } else if (!noEvidence.isEmpty()) {
            statusRule = Rule.ABSENCE_OF_EVIDENCE;
            status = now;
        } else {
            statusRule = Rule.NO_LINES;
            status = now;
        }
        String statusWhy = statusRule.text;
        if (!StatusChain.legal(now, status)) {
            statusWhy = Rule.NOT_A_LEGAL_MOVE.text + ": the evidence suggests " + status + " (" + statusRule.name()
                    + "), which cannot follow " + now;
            statusRule = Rule.NOT_A_LEGAL_MOVE;
            status = now;
        }
        if (credibilityRule == null) {
            credibilityRule = credibility == null ? Rule.NO_LINES : statusRule;
        }
        if (status.isResolved()) {
            credibilityRule = Rule.VERDICT;
            credibility = null;
        }
        int suggested = credibility == null ? rating : credibility;
        return new Suggestion(status, statusRule, statusWhy, suggested, credibilityRule,
                credibilityRule.text + " (" + Credibility.meaning(suggested) + ")");
    }

    private static Line line(Bearing bearing, boolean independent, List<Related> claims, Map<UUID, SourceFacts> sources) {
        Set<UUID> sourceIds = new LinkedHashSet<>();
        String best = null;
        for (Related r : claims) {
            UUID sourceId = r.claim().claim().sourceId;
            SourceFacts facts = sourceIds.add(sourceId) ? sources.get(sourceId) : null;
            String reliability = facts == null ? null : facts.reliability();
            if (reliability != null && (best == null || reliability.compareTo(best) < 0)) {
                best = reliability;
            }
        }
        return new Line(bearing, independent, List.copyOf(claims), List.copyOf(sourceIds), best);
    }

    /** By statedOn's earliest bound (open first), then id: the order of a line's claims. */
    private static List<Related> sortedByStated(List<Related> claims) {
        List<Related> sorted = new ArrayList<>(claims);
        sorted.sort(BY_STATED);
        return sorted;
    }

    private static final Comparator<Related> BY_STATED = (a, b) -> {
        java.time.LocalDate x = a.claim().claim().statedEarliest;
        java.time.LocalDate y = b.claim().claim().statedEarliest;
        if (x != y) {
            if (x == null) {
                return -1;
            }
            if (y == null) {
                return 1;
            }
            int byDay = x.compareTo(y);
            if (byDay != 0) {
                return byDay;
            }
        }
        return a.claim().claim().id.compareTo(b.claim().claim().id);
    };

    /** Union-find over claim ids (UUID) and sources ({@link SourceNode}): who belongs to one line. */
    private static final class Groups {

        private final Map<Object, Object> parent = new HashMap<>();

        Object find(Object key) {
            Object root = parent.getOrDefault(key, key);
            if (root.equals(key)) {
                return key;
            }
            Object top = find(root);
            parent.put(key, top);
            return top;
        }

        void union(Object a, Object b) {
            Object ra = find(a);
            Object rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }

        /** Joins the claim to its source and to every institution its source was under on the claim's statedOn. */
        void family(Claim claim, Map<UUID, SourceFacts> sources) {
            UUID self = claim.id;
            SourceFacts own = sources.get(claim.sourceId);
            if (own == null || own.affiliations().isEmpty()) {
                // most sources speak for no institution: the claim joins its source alone
                union(self, new SourceNode(claim.sourceId));
                return;
            }
            PartialDate stated = claim.stated();
            Set<UUID> seen = new HashSet<>();
            List<UUID> frontier = new ArrayList<>(List.of(claim.sourceId));
            while (!frontier.isEmpty()) {
                List<UUID> next = new ArrayList<>();
                for (UUID id : frontier) {
                    if (!seen.add(id)) {
                        continue;
                    }
                    union(self, new SourceNode(id));
                    SourceFacts facts = sources.get(id);
                    if (facts != null) {
                        for (Link link : facts.affiliations()) {
                            if (inForce(link, stated)) {
                                next.add(link.parentId());
                            }
                        }
                    }
                }
                frontier = next;
            }
        }
    }

    /** A source in {@link Groups}, apart from claim ids. */
    private record SourceNode(UUID id) {
    }

    /** An affiliation counts for a claim when its dates may overlap the claim's statedOn ({@link Membership}). */
    public static boolean inForce(Link link, PartialDate stated) {
        return Membership.inForce(link.from(), link.to(), stated);
    }
}
