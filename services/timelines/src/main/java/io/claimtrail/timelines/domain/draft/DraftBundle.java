package io.claimtrail.timelines.domain.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.timelines.client.SourceSummary;
import io.claimtrail.timelines.client.SpeakerMatches;
import io.claimtrail.timelines.domain.Timeline;
import io.claimtrail.timelines.domain.bundle.Bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A draft's accepted new claims as a story bundle: each claim refers to its speaker's source (an existing one by
 * its slug, which the import matches, or the proposed one to create, matched by name on a re-run), carries the
 * article as its appearance, and takes the timeline's topics unless the analyst gave its own. Candidates attached
 * to existing claims are not in it.
 */
final class DraftBundle {

    private final Bundle bundle;
    private final Map<String, Integer> candidateByRef;
    private final Map<Integer, String> sourceRefByCandidate;
    private final Map<Integer, List<String>> topicsByCandidate;

    private DraftBundle(Bundle bundle, Map<String, Integer> candidateByRef, Map<Integer, String> sourceRefByCandidate,
            Map<Integer, List<String>> topicsByCandidate) {
        this.bundle = bundle;
        this.candidateByRef = candidateByRef;
        this.sourceRefByCandidate = sourceRefByCandidate;
        this.topicsByCandidate = topicsByCandidate;
    }

    static DraftBundle of(Draft draft, List<ExtractedCandidate> extracted, Map<UUID, SourceSummary> known,
            List<String> timelineTopics, Timeline existing, DraftImportRequest.NewTimeline fresh, ObjectMapper json) {
        Map<String, Bundle.Source> sources = new LinkedHashMap<>();
        List<Bundle.Claim> claims = new ArrayList<>();
        Map<String, Integer> candidateByRef = new HashMap<>();
        Map<Integer, String> sourceRefByCandidate = new HashMap<>();
        Map<Integer, List<String>> topicsByCandidate = new HashMap<>();
        List<String> unpinned = new ArrayList<>();
        for (int i = 0; i < draft.candidates.size(); i++) {
            DraftCandidate c = draft.candidates.get(i);
            if (c.decision != DraftCandidate.Decision.ACCEPTED || c.attachToClaimId != null) {
                continue;
            }
            String sourceRef = c.sourceId != null ? existingSource(sources, known.get(c.sourceId))
                    : newSource(sources, DraftRules.proposal(extracted.get(i)), known);
            String ref = "candidate-" + i;
            List<String> own = List.of(DraftView.read(json, c.topics, String[].class));
            List<String> topics = own.isEmpty() ? timelineTopics : own;
            List<Bundle.Appearance> appearances = draft.url == null ? List.of()
                    : List.of(new Bundle.Appearance(draft.url, null, draft.publishedOn.toString(), null, c.quote));
            claims.add(new Bundle.Claim(ref, sourceRef, c.text, c.quote, "en", c.statedOn, topics, c.kind,
                    "FORECAST".equals(c.kind) ? c.resolvesBy : null, null, appearances, List.of()));
            candidateByRef.put(ref, i);
            sourceRefByCandidate.put(i, sourceRef);
            topicsByCandidate.put(i, topics);
            if (topics.stream().noneMatch(timelineTopics::contains)) {
                unpinned.add(ref);
            }
        }
        Bundle.Timeline timeline = existing != null
                ? new Bundle.Timeline(existing.slug, existing.title, null, null, null, null)
                : new Bundle.Timeline(fresh.slug(), fresh.title(), fresh.summary(), fresh.topics(), unpinned, null);
        Bundle bundle = new Bundle(Bundle.FORMAT, List.copyOf(sources.values()), claims, List.of(), timeline, List.of());
        return new DraftBundle(bundle, candidateByRef, sourceRefByCandidate, topicsByCandidate);
    }

    private static String existingSource(Map<String, Bundle.Source> sources, SourceSummary source) {
        String ref = "source-" + source.id();
        sources.putIfAbsent(ref, new Bundle.Source(ref, source.slug(), source.name(), source.kind(), null, null, null,
                null, null, null, null));
        return ref;
    }

    /** The proposed source, once per name and kind, affiliated with its title's institution when that is known. */
    private static String newSource(Map<String, Bundle.Source> sources, SpeakerMatches.Proposal proposal,
            Map<UUID, SourceSummary> known) {
        String ref = "new-" + Integer.toHexString((proposal.name() + "|" + proposal.kind()).hashCode());
        if (sources.containsKey(ref)) {
            return ref;
        }
        List<Bundle.Affiliation> affiliations = List.of();
        SourceSummary institution = proposal.institutionId() == null ? null : known.get(proposal.institutionId());
        if (institution != null) {
            affiliations = List.of(new Bundle.Affiliation(existingSource(sources, institution), proposal.role(), null,
                    null));
        }
        sources.put(ref, new Bundle.Source(ref, null, proposal.name(), proposal.kind(), null, null, null, null, null,
                null, affiliations));
        return ref;
    }

    Bundle bundle() {
        return bundle;
    }

    int candidateOf(String ref) {
        return candidateByRef.get(ref);
    }

    String sourceRefOf(int candidate) {
        return sourceRefByCandidate.get(candidate);
    }

    List<String> topicsOf(int candidate) {
        return topicsByCandidate.getOrDefault(candidate, List.of());
    }
}
