package io.claimtrail.sources.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.text.Folding;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How well a source fits a speaker named in an article, in [0, 1]: the name first (the whole name 0.9, an alias
 * 0.85, part of the name 0.6, a similar name 0.35), then the institution of the speaker's title checked against the
 * source's affiliations as of the day the words were said (+0.1 affiliated then, -0.2 affiliated only at another
 * time, -0.15 never affiliated). A source that is itself the institution is not judged by affiliations.
 *
 * @param score       the fit, rounded to two decimals
 * @param matchedBy   NAME, ALIAS, PART_OF_NAME or SIMILAR_NAME
 * @param affiliation the check of the institution: AFFILIATED, AFFILIATED_AT_ANOTHER_TIME, NOT_AFFILIATED, or
 *                    UNCHECKED when the title names no institution the registry knows
 */
public record SpeakerScore(double score, String matchedBy, String affiliation) {

    /** A candidate at or above this fits well enough that no new source is proposed. */
    public static final double GOOD_ENOUGH = 0.6;

    public static SpeakerScore of(String person, Source source, Set<UUID> institutionIds, PartialDate statedOn) {
        String wanted = Folding.fold(person);
        double name;
        String matchedBy;
        if (wanted.equals(Folding.fold(source.name))) {
            name = 0.9;
            matchedBy = "NAME";
        } else if (source.aliases.stream().anyMatch(alias -> wanted.equals(Folding.fold(alias)))) {
            name = 0.85;
            matchedBy = "ALIAS";
        } else if (partOf(wanted, Folding.fold(source.name)) || partOf(Folding.fold(source.name), wanted)) {
            name = 0.6;
            matchedBy = "PART_OF_NAME";
        } else {
            name = 0.35;
            matchedBy = "SIMILAR_NAME";
        }
        String affiliation = "UNCHECKED";
        double adjustment = 0;
        if (!institutionIds.isEmpty() && !institutionIds.contains(source.id)) {
            List<Affiliation> links = source.affiliations.stream()
                    .filter(link -> institutionIds.contains(link.parentId)).toList();
            if (links.stream().anyMatch(link -> link.mayHoldOn(statedOn))) {
                affiliation = "AFFILIATED";
                adjustment = 0.1;
            } else if (!links.isEmpty()) {
                affiliation = "AFFILIATED_AT_ANOTHER_TIME";
                adjustment = -0.2;
            } else {
                affiliation = "NOT_AFFILIATED";
                adjustment = -0.15;
            }
        }
        double score = Math.max(0, Math.min(1, name + adjustment));
        return new SpeakerScore(Math.round(score * 100) / 100.0, matchedBy, affiliation);
    }

    /** Every word of {@code part} is a word of {@code whole}: "singh" of "sabrina singh". */
    private static boolean partOf(String part, String whole) {
        if (part.isEmpty()) {
            return false;
        }
        List<String> words = List.of(whole.split(" "));
        return List.of(part.split(" ")).stream().allMatch(words::contains);
    }
}
