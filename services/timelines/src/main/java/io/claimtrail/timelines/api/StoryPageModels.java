package io.claimtrail.timelines.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrail.timelines.client.ClaimPanels;
import io.claimtrail.timelines.domain.Entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the story page's templates show: entries and one claim's panel, as plain values with their words. */
final class StoryPageModels {

    private static final Map<String, String> VERBS = Map.of("SUPPORTS", "supports", "CONTRADICTS", "contradicts",
            "NO_EVIDENCE_FOR", "says there is no evidence for", "UPDATES", "updates", "RETRACTS", "retracts",
            "CITES", "cites", "DUPLICATES", "duplicates");

    private StoryPageModels() {
    }

    /** One entry of the list; {@code state} lets the page mark what changed since its previous position. */
    record Row(boolean claim, String id, String dateIso, String dateText, String title, String text, String quote,
            String place, String speaker, String reliability, String reliabilityText, String kind, String status,
            String statusText, String badge, Integer credibility, String credibilityText, String state,
            String appearanceUrl, List<String> reportedBy) {

        static Row of(Entry e) {
            boolean claim = e.type() == Entry.Type.CLAIM;
            String speaker = e.source() == null ? null
                    : e.source().name() == null ? "(source name unavailable)" : e.source().name();
            String reliability = e.source() == null ? null : e.source().reliability();
            List<String> reportedBy = e.reportedBy() == null ? List.of() : e.reportedBy().stream()
                    .map(s -> s.name() == null ? "(source name unavailable)" : s.name()).toList();
            String date = e.date() == null ? null : e.date().text();
            return new Row(claim, e.id().toString(), date, StoryPageLabels.date(date),
                    claim ? e.text() : e.title(), claim ? null : e.text(), e.quote(), e.place(), speaker, reliability,
                    StoryPageLabels.reliability(reliability), StoryPageLabels.words(e.kind()), e.status(),
                    StoryPageLabels.words(e.status()), StoryPageLabels.badge(e.status()), e.credibility(),
                    StoryPageLabels.credibility(e.credibility()),
                    claim ? e.status() + " " + e.credibility() : "event",
                    e.firstAppearance() == null ? null : e.firstAppearance().url(), reportedBy);
        }
    }

    record Move(String fromText, String toText, String badge, int credibility, String credibilityText, String reason,
            String evidenceUrl, String evidenceClaimId, String effectiveText, String recordedAt, String actor,
            String withdrawn) {
    }

    record Relation(String phrase, boolean outgoing, String otherId, String otherText, String otherStatusText,
            String badge, String otherDateText, String note) {
    }

    record Appearance(String url, String publishedText, String quote) {
    }

    record Assessment(String statusText, String badge, String admiralty, String statusWhy, String credibilityWhy,
            boolean changes, List<String> explanation) {
    }

    /** One claim opened in place. {@code assessment} is null when the claims service offers none. */
    record Panel(String id, String text, String statusText, String badge, List<Move> moves, List<Relation> relations,
            List<Appearance> appearances, Assessment assessment, boolean assessmentOffered, List<String> warnings,
            String dayText) {

        static Panel of(String id, ClaimPanels.Panel found, String dayText) {
            JsonNode claim = found.claim();
            List<Move> moves = new ArrayList<>();
            each(found.history(), t -> moves.add(new Move(StoryPageLabels.words(field(t, "from")),
                    StoryPageLabels.words(field(t, "to")), StoryPageLabels.badge(field(t, "to")),
                    t.path("credibility").asInt(), StoryPageLabels.credibility(t.path("credibility").asInt()),
                    field(t, "reason"), field(t, "evidenceUrl"), field(t, "evidenceClaimId"),
                    StoryPageLabels.date(field(t, "effectiveOn")), field(t, "recordedAt"), field(t, "actor"),
                    t.hasNonNull("withdrawn") ? field(t.path("withdrawn"), "reason") : null)));
            List<Relation> relations = new ArrayList<>();
            each(found.relations(), r -> {
                boolean outgoing = "OUTGOING".equals(field(r, "direction"));
                String verb = VERBS.getOrDefault(field(r, "type"), StoryPageLabels.words(field(r, "type")).toLowerCase());
                relations.add(new Relation(outgoing ? "This claim " + verb + ":" : "Another claim " + verb + " this one:",
                        outgoing, field(r, "otherClaimId"), field(r, "otherText"),
                        StoryPageLabels.words(field(r, "otherStatus")), StoryPageLabels.badge(field(r, "otherStatus")),
                        StoryPageLabels.date(field(r, "otherStatedOn")), field(r, "note")));
            });
            List<Appearance> appearances = new ArrayList<>();
            if (claim != null) {
                each(claim.path("appearances"), a -> appearances.add(new Appearance(field(a, "url"),
                        StoryPageLabels.date(field(a, "publishedOn")), field(a, "quote"))));
            }
            Assessment assessment = null;
            JsonNode a = found.assessment();
            if (a != null) {
                JsonNode suggested = a.path("suggested");
                List<String> explanation = new ArrayList<>();
                each(a.path("explanation"), line -> explanation.add(line.asText()));
                assessment = new Assessment(StoryPageLabels.words(field(suggested, "status")),
                        StoryPageLabels.badge(field(suggested, "status")), field(suggested, "admiralty"),
                        field(suggested, "statusWhy"), field(suggested, "credibilityWhy"), a.path("changes").asBoolean(),
                        explanation);
            }
            return new Panel(id, claim == null ? null : field(claim, "text"),
                    claim == null ? null : StoryPageLabels.words(field(claim, "status")),
                    claim == null ? null : StoryPageLabels.badge(field(claim, "status")), moves, relations,
                    appearances, assessment, found.assessmentOffered(), found.warnings(), dayText);
        }
    }

    private static void each(JsonNode array, java.util.function.Consumer<JsonNode> action) {
        if (array != null && array.isArray()) {
            array.forEach(action);
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
