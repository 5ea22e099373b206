package io.claimtrail.claims.api;

import io.claimtrail.claims.client.SourceSummary;
import io.claimtrail.claims.domain.Appearance;
import io.claimtrail.claims.domain.Claim;
import io.claimtrail.claims.domain.ClaimSnapshot;
import io.claimtrail.claims.domain.ClaimStatus;
import io.claimtrail.claims.domain.Transition;
import io.claimtrail.common.date.DatePoint;
import io.claimtrail.common.date.PartialDate;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a claim and its current verdict as schema.org {@code ClaimReview} JSON-LD, the form fact-check
 * publishers embed. The verdict maps onto a 1 (false) to 5 (true) rating with the status as its wording; a
 * retraction says "Retracted by the speaker" with no value, since the speaker's withdrawal is no refutation.
 */
final class ClaimReviews {

    private ClaimReviews() {
    }

    static Map<String, Object> of(ClaimSnapshot snapshot, Transition latest, Map<UUID, SourceSummary> sources, URI url,
            String reviewer) {
        Claim claim = snapshot.claim();
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", url.toString());
        review.put("claimReviewed", claim.text);
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", reviewer);
        review.put("author", author);
        review.put("datePublished", LocalDate.ofInstant(latest.recordedAt, ZoneOffset.UTC).toString());
        review.put("itemReviewed", item(snapshot, sources));
        review.put("reviewRating", rating(latest.to));
        if (latest.to == ClaimStatus.RETRACTED) {
            review.put("reviewBody", "Retracted by the speaker: the source withdrew the claim. A retraction is no "
                    + "finding that the claim is false, so no rating value is given.");
        }
        return review;
    }

    private static Map<String, Object> item(ClaimSnapshot snapshot, Map<UUID, SourceSummary> sources) {
        Claim claim = snapshot.claim();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        item.put("author", party(sources.get(claim.sourceId)));
        putDate(item, claim.stated());
        List<Map<String, Object>> appearances = snapshot.appearances().stream().map(a -> work(a, sources)).toList();
        if (!appearances.isEmpty()) {
            item.put("appearance", appearances);
        }
        snapshot.firstAppearance().ifPresent(first -> item.put("firstAppearance", work(first, sources)));
        return item;
    }

    private static Map<String, Object> work(Appearance appearance, Map<UUID, SourceSummary> sources) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("url", appearance.url);
        if (appearance.published() != null) {
            putDate(work, appearance.published());
        }
        if (appearance.publisherId != null && sources.containsKey(appearance.publisherId)) {
            work.put("publisher", party(sources.get(appearance.publisherId)));
        }
        return work;
    }

    /** A person for PERSON sources, an organization for every other kind. */
    private static Map<String, Object> party(SourceSummary source) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("@type", "PERSON".equals(source.kind()) ? "Person" : "Organization");
        party.put("name", source.name());
        if (source.homepage() != null) {
            party.put("sameAs", source.homepage());
        }
        return party;
    }

    /** schema.org dates are ISO 8601: a plain EDTF date is one already; otherwise its earliest day is given. */
    private static void putDate(Map<String, Object> target, PartialDate date) {
        DatePoint start = date.start().orElse(null);
        if (!date.isInterval() && start != null && !start.uncertain() && !start.approximate()) {
            target.put("datePublished", date.text());
        } else {
            date.earliest().ifPresent(day -> target.put("datePublished", day.toString()));
        }
    }

    /** A retraction is kept apart from a refutation: its wording only, no value on the false-true scale. */
    private static Map<String, Object> rating(ClaimStatus status) {
        if (status == ClaimStatus.RETRACTED) {
            Map<String, Object> rating = new LinkedHashMap<>();
            rating.put("@type", "Rating");
            rating.put("alternateName", "Retracted by the speaker");
            return rating;
        }
        int value = switch (status) {
            case REFUTED, RETRACTED -> 1;
            case DISPUTED -> 2;
            case UNVERIFIED -> 3;
            case CORROBORATED -> 4;
            case CONFIRMED -> 5;
        };
        String wording = switch (status) {
            case REFUTED -> "False";
            case RETRACTED -> "Retracted by the speaker";
            case DISPUTED -> "Disputed";
            case UNVERIFIED -> "Unverified";
            case CORROBORATED -> "Corroborated";
            case CONFIRMED -> "True";
        };
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", value);
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", wording);
        return rating;
    }
}
