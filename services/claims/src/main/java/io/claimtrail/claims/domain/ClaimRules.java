package io.claimtrail.claims.domain;

import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.text.Topics;
import io.claimtrail.common.text.WebAddresses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks of a claim draft that need no other service: dates, topics, language, URLs and forecast rules. */
final class ClaimRules {

    private ClaimRules() {
    }

    static void check(ClaimDraft draft) {
        List<FieldProblem> errors = new ArrayList<>();
        if (draft.language() != null && !isLanguageTag(draft.language())) {
            errors.add(new FieldProblem("language", "'" + draft.language() + "' is not a BCP 47 language tag such as en or ko"));
        }
        Topics.check("topics", draft.topicsOrEmpty(), errors);
        if (draft.kind() == ClaimKind.FORECAST && draft.resolvesBy() == null) {
            errors.add(new FieldProblem("resolvesBy", "a FORECAST needs the date by which it comes true or not"));
        }
        if (draft.kind() != null && draft.kind() != ClaimKind.FORECAST && draft.resolvesBy() != null) {
            errors.add(new FieldProblem("resolvesBy", "only a FORECAST has a resolvesBy date"));
        }
        if (draft.statedOn() != null && draft.resolvesBy() != null && before(draft.resolvesBy(), draft.statedOn())) {
            errors.add(new FieldProblem("resolvesBy", "lies before statedOn"));
        }
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < draft.appearancesOrEmpty().size(); i++) {
            ClaimDraft.AppearanceDraft appearance = draft.appearancesOrEmpty().get(i);
            String field = "appearances[" + i + "]";
            if (!WebAddresses.isHttp(appearance.url())) {
                errors.add(new FieldProblem(field + ".url", "must be an absolute http or https URL"));
            } else if (!urls.add(appearance.url().strip())) {
                errors.add(new FieldProblem(field + ".url", "the same URL is already an appearance of this claim"));
            }
            if (appearance.publishedOn() != null && draft.statedOn() != null
                    && before(appearance.publishedOn(), draft.statedOn())) {
                errors.add(new FieldProblem(field + ".publishedOn", "lies before statedOn: a claim is published after it is made"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** True when every day {@code a} could be lies before every day {@code b} could be. */
    static boolean before(PartialDate a, PartialDate b) {
        return a.latest().isPresent() && b.earliest().isPresent() && a.latest().get().isBefore(b.earliest().get());
    }

    static boolean startsAfter(PartialDate date, LocalDate day) {
        return date.earliest().map(first -> first.isAfter(day)).orElse(false);
    }

    private static boolean isLanguageTag(String tag) {
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
