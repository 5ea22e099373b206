package io.claimtrail.timelines.domain.draft;

import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.extraction.Article;
import io.claimtrail.extraction.Candidate;
import io.claimtrail.extraction.Extractor;
import io.claimtrail.extraction.Speaker;
import io.claimtrail.timelines.client.CalleeRefused;
import io.claimtrail.timelines.client.ClaimMatcher;
import io.claimtrail.timelines.client.ClaimMatches;
import io.claimtrail.timelines.client.SpeakerMatcher;
import io.claimtrail.timelines.client.SpeakerMatches;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * From an article to reviewed-ready candidates: the attributions (the extraction library, its OpenNLP models loaded
 * once at start-up), their speakers matched in one call to the sources service, and the recorded claims like them in
 * one call to the claims service. When either call fails, the candidates still come, marked, with a warning.
 */
@ApplicationScoped
@Startup
public class ArticleExtraction {

    /** A resolution candidate at or above this is taken as the speaker's source. */
    static final double RESOLVED = 0.6;
    static final int SPEAKER_CANDIDATES = 3;

    private final Extractor extractor;
    private final SpeakerMatcher speakers;
    private final ClaimMatcher claims;

    public ArticleExtraction(SpeakerMatcher speakers, ClaimMatcher claims) {
        this.extractor = Extractor.create();
        this.speakers = speakers;
        this.claims = claims;
        Log.debug("extraction models loaded");
    }

    public Uni<ExtractionResult> extract(ArticleInput input) {
        ArticleCheck.require(input);
        Article article = new Article(input.text(), input.publishedOn(), input.url(), input.title(), input.outlet());
        List<String> warnings = new ArrayList<>();
        return WorkerThreads.run(() -> extractor.extract(article))
                .chain(found -> resolve(found, warnings).chain(resolutions -> match(found, resolutions, warnings)
                        .map(matches -> {
                            List<ExtractedCandidate> out = new ArrayList<>();
                            for (int i = 0; i < found.size(); i++) {
                                out.add(ExtractedCandidate.of(i, found.get(i), resolutions.get(i), matches.get(i)));
                            }
                            return new ExtractionResult(input.publishedOn(), input.url(), input.title(),
                                    input.outlet(), !warnings.isEmpty(), List.copyOf(warnings), out);
                        })));
    }

    /** One call for all named speakers; the same name, title and date asked once. */
    private Uni<List<ExtractedCandidate.Resolution>> resolve(List<Candidate> found, List<String> warnings) {
        Map<SpeakerMatches.Mention, Integer> asked = new LinkedHashMap<>();
        for (Candidate c : found) {
            SpeakerMatches.Mention mention = mention(c);
            if (mention != null) {
                asked.putIfAbsent(mention, asked.size());
            }
        }
        if (asked.isEmpty()) {
            return Uni.createFrom().item(found.stream().map(ArticleExtraction::unasked).toList());
        }
        return speakers.match(new SpeakerMatches.Request(List.copyOf(asked.keySet()), SPEAKER_CANDIDATES))
                .map(answer -> found.stream().map(c -> {
                    SpeakerMatches.Mention mention = mention(c);
                    return mention == null ? unasked(c) : resolution(answer.items().get(asked.get(mention)));
                }).toList())
                .onFailure(e -> !(e instanceof CalleeRefused)).recoverWithItem(e -> {
                    String reason = "the sources service is unavailable (" + ServiceUnavailable.describe(e) + ")";
                    warnings.add("Speakers not resolved: " + reason);
                    return found.stream().map(c -> mention(c) == null ? unasked(c)
                            : ExtractedCandidate.Resolution.of("UNAVAILABLE", reason)).toList();
                });
    }

    private static SpeakerMatches.Mention mention(Candidate c) {
        Speaker speaker = c.speaker();
        if (speaker == null || speaker.anonymous() || speaker.name() == null) {
            return null;
        }
        return new SpeakerMatches.Mention(speaker.name(), speaker.role(), c.statedOn());
    }

    private static ExtractedCandidate.Resolution unasked(Candidate c) {
        if (c.speaker() != null && c.speaker().anonymous()) {
            return ExtractedCandidate.Resolution.of("ANONYMOUS", "an unnamed speaker is never resolved");
        }
        return ExtractedCandidate.Resolution.of("UNNAMED", "the text does not make plain who spoke");
    }

    private static ExtractedCandidate.Resolution resolution(SpeakerMatches.Item item) {
        List<SpeakerMatches.Candidate> candidates = item.candidates() == null ? List.of() : item.candidates();
        boolean resolved = !candidates.isEmpty() && candidates.get(0).score() >= RESOLVED;
        return new ExtractedCandidate.Resolution(resolved ? "RESOLVED" : "PROPOSED", null, item.person(),
                item.role(), item.institution(), candidates, resolved ? null : item.proposed());
    }

    /** One call for all candidates, each with its resolved source when there is one. */
    private Uni<List<ExtractedCandidate.Matches>> match(List<Candidate> found,
            List<ExtractedCandidate.Resolution> resolutions, List<String> warnings) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<ClaimMatches.Query> queries = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            ExtractedCandidate.Resolution r = resolutions.get(i);
            UUID source = "RESOLVED".equals(r.status()) ? r.candidates().get(0).id() : null;
            queries.add(new ClaimMatches.Query(found.get(i).claimText(), source, found.get(i).statedOn()));
        }
        return claims.similar(new ClaimMatches.Request(queries, ClaimMatcher.WINDOW_DAYS, ClaimMatcher.LIMIT))
                .map(outcome -> {
                    if (outcome.unavailable() != null) {
                        return unavailable(found.size(), outcome.unavailable(), warnings);
                    }
                    Map<Integer, List<ClaimMatches.Match>> byIndex = new LinkedHashMap<>();
                    outcome.matches().items().forEach(item -> byIndex.put(item.index(),
                            item.matches() == null ? List.of() : item.matches()));
                    List<ExtractedCandidate.Matches> out = new ArrayList<>();
                    for (int i = 0; i < found.size(); i++) {
                        out.add(new ExtractedCandidate.Matches(true, null, byIndex.getOrDefault(i, List.of())));
                    }
                    return out;
                })
                .onFailure(e -> !(e instanceof CalleeRefused)).recoverWithItem(e -> unavailable(found.size(),
                        "the claims service is unavailable (" + ServiceUnavailable.describe(e) + ")", warnings));
    }

    private static List<ExtractedCandidate.Matches> unavailable(int count, String reason, List<String> warnings) {
        warnings.add("Claim matches unavailable: " + reason);
        ExtractedCandidate.Matches none = ExtractedCandidate.Matches.unavailable(reason);
        return java.util.Collections.nCopies(count, none);
    }
}
