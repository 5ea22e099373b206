package io.claimtrail.claims.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.claims.domain.Appearance;
import io.claimtrail.claims.domain.Claim;
import io.claimtrail.claims.domain.ClaimKind;
import io.claimtrail.claims.domain.ClaimSnapshot;
import io.claimtrail.claims.domain.ClaimStatus;
import io.claimtrail.claims.domain.ClaimSuggestion;
import io.claimtrail.claims.domain.Credibility;
import io.claimtrail.common.date.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A claim as the API shows it, now or as of a day. */
@Schema(name = "Claim")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimView(UUID id, String text, String quote, String language, UUID sourceId, PartialDate statedOn,
        List<String> topics, ClaimKind kind, PartialDate resolvesBy, List<AppearanceView> appearances,
        AppearanceView firstAppearance, ClaimStatus status,
        @Schema(description = "Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged)") int credibility,
        String credibilityMeaning,
        @Schema(description = "STIX 2.1 confidence derived from credibility; absent for 6") Integer confidence,
        boolean archived, String archivedReason, Instant createdAt, Instant updatedAt, long version,
        @Schema(description = "The day this view is as of, when asked") LocalDate asOf,
        @Schema(description = "The moment this view is as known at, when asked") Instant knownAt,
        @Schema(description = "What the evidence suggests when it differs from where the claim stands, kept since "
                + "the relation or transition that changed it (absent in views of a past day: see "
                + "GET /claims/{id}/assessment). An editor accepts it with a transition citing its id") SuggestionView suggestion,
        @Schema(description = "POST /claims only: up to 5 recorded claims of the same speaker (or its institutions on "
                + "statedOn), stated within 30 days, that this one may duplicate, best first (as in POST "
                + "/claims/similar); absent when they could not be searched") List<MatchView> possibleDuplicates) {

    /** A suggested status and credibility, with the rules of GET /claims/{id}/assessment that produced them. */
    @Schema(name = "ClaimSuggestion")
    public record SuggestionView(UUID id, ClaimStatus status, int credibility, String credibilityMeaning,
            String statusRule, String credibilityRule, Instant since) {

        static SuggestionView of(ClaimSuggestion s) {
            return new SuggestionView(s.id(), s.status(), s.credibility(), Credibility.meaning(s.credibility()),
                    s.statusRule(), s.credibilityRule(), s.recordedFrom());
        }
    }

    /** This view with the claim's suggestion (none: unchanged). */
    public ClaimView with(ClaimSuggestion s) {
        return s == null ? this : new ClaimView(id, text, quote, language, sourceId, statedOn, topics, kind, resolvesBy,
                appearances, firstAppearance, status, credibility, credibilityMeaning, confidence, archived,
                archivedReason, createdAt, updatedAt, version, asOf, knownAt, SuggestionView.of(s), possibleDuplicates);
    }

    /** This view with the claims it may duplicate. */
    public ClaimView withPossibleDuplicates(List<MatchView> found) {
        return new ClaimView(id, text, quote, language, sourceId, statedOn, topics, kind, resolvesBy, appearances,
                firstAppearance, status, credibility, credibilityMeaning, confidence, archived, archivedReason,
                createdAt, updatedAt, version, asOf, knownAt, suggestion, found);
    }

    /** A place the claim was published. */
    @Schema(name = "Appearance")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AppearanceView(String url, UUID publisherId, PartialDate publishedOn, Instant retrievedAt,
            String quote) {

        static AppearanceView of(Appearance appearance) {
            return new AppearanceView(appearance.url, appearance.publisherId, appearance.published(),
                    appearance.retrievedAt, appearance.quote);
        }
    }

    public static ClaimView of(ClaimSnapshot snapshot) {
        Claim claim = snapshot.claim();
        List<Appearance> appearances = snapshot.appearances();
        AppearanceView first = snapshot.firstAppearance().map(AppearanceView::of).orElse(null);
        var confidence = Credibility.stixConfidence(snapshot.credibility());
        return new ClaimView(claim.id, claim.text, claim.quote, claim.language, claim.sourceId, claim.stated(),
                List.copyOf(claim.topics), claim.kind, PartialDate.parseNullable(claim.resolvesBy),
                appearances.stream().map(AppearanceView::of).toList(), first, snapshot.status(),
                snapshot.credibility(), Credibility.meaning(snapshot.credibility()),
                confidence.isPresent() ? confidence.getAsInt() : null, claim.archived, claim.archivedReason,
                claim.createdAt, claim.updatedAt, claim.version, snapshot.asOf(), snapshot.knownAt(), null, null);
    }

    /**
     * Only what a timeline entry shows ({@link StoryQueryRequest.Fields#ENTRY}): the rest is left out of the JSON
     * (null), except the primitive version and archived flag.
     */
    static ClaimView entry(ClaimSnapshot snapshot) {
        Claim claim = snapshot.claim();
        AppearanceView first = snapshot.firstAppearance().map(AppearanceView::of).orElse(null);
        var confidence = Credibility.stixConfidence(snapshot.credibility());
        return new ClaimView(claim.id, claim.text, claim.quote, null, claim.sourceId, claim.stated(), null, claim.kind,
                PartialDate.parseNullable(claim.resolvesBy), null, first, snapshot.status(), snapshot.credibility(),
                null, confidence.isPresent() ? confidence.getAsInt() : null, claim.archived, null, null, null,
                claim.version, null, null, null, null);
    }

    public static ClaimView of(Claim claim) {
        return of(ClaimSnapshot.current(claim));
    }
}
