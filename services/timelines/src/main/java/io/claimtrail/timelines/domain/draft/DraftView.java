package io.claimtrail.timelines.domain.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A draft as the API shows it (and as its audit trail records it, without the article's text). */
@Schema(name = "Draft")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DraftView(UUID id, Draft.Status status, ArticleView article, UUID timelineId, boolean degraded,
        List<String> warnings, List<CandidateView> candidates, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy, Instant importedAt, long version) {

    @Schema(name = "DraftArticle")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleView(String text, LocalDate publishedOn, String url, String title, String outlet) {
    }

    @Schema(name = "DraftCandidate")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CandidateView(int index, ExtractedCandidate extracted, Review review, Imported imported) {
    }

    /** The analyst's decision and the claim that would be written. */
    @Schema(name = "DraftCandidateReview")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Review(DraftCandidate.Decision decision, String text, String quote, String statedOn, String kind,
            String resolvesBy, List<String> topics, UUID sourceId, boolean createSource, UUID attachToClaimId) {
    }

    /** What the import wrote for the candidate. */
    @Schema(name = "DraftCandidateImport")
    public record Imported(UUID claimId, UUID sourceId, DraftCandidate.Outcome outcome, Instant at) {
    }

    public static DraftView of(Draft draft, ObjectMapper json, boolean withText) {
        List<CandidateView> candidates = new ArrayList<>();
        for (int i = 0; i < draft.candidates.size(); i++) {
            DraftCandidate c = draft.candidates.get(i);
            candidates.add(new CandidateView(i, read(json, c.extracted, ExtractedCandidate.class),
                    new Review(c.decision, c.text, c.quote, c.statedOn, c.kind, c.resolvesBy,
                            List.of(read(json, c.topics, String[].class)), c.sourceId, c.createSource,
                            c.attachToClaimId),
                    c.importOutcome == null ? null
                            : new Imported(c.importedClaimId, c.importedSourceId, c.importOutcome, c.importedAt)));
        }
        return new DraftView(draft.id, draft.status, new ArticleView(withText ? draft.text : null, draft.publishedOn,
                draft.url, draft.title, draft.outlet), draft.timelineId, draft.degraded,
                List.of(read(json, draft.warnings, String[].class)), candidates, draft.createdAt, draft.createdBy,
                draft.updatedAt, draft.updatedBy, draft.importedAt, draft.version);
    }

    static <T> T read(ObjectMapper json, String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("a draft holds invalid JSON", e);
        }
    }

    static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("could not write a draft's JSON", e);
        }
    }
}
