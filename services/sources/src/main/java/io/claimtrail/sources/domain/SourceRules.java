package io.claimtrail.sources.domain;

import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.text.Slugs;
import io.claimtrail.common.text.WebAddresses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks of a draft that need no database: slug form, country code, homepage, alias and affiliation sanity. */
final class SourceRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Path segments of the API that a slug would hide. */
    private static final Set<String> RESERVED_SLUGS = Set.of("resolve", "lookup");

    private SourceRules() {
    }

    /** The slug to store: the given one if valid, else one derived from the name. */
    static String slugOf(SourceDraft draft, List<FieldProblem> errors) {
        if (draft.slug() != null) {
            if (!Slugs.isValid(draft.slug())) {
                errors.add(new FieldProblem("slug", "must match " + Slugs.PATTERN));
            } else if (RESERVED_SLUGS.contains(draft.slug())) {
                errors.add(new FieldProblem("slug", "'" + draft.slug() + "' is reserved by the API"));
            }
            return draft.slug();
        }
        String derived = Slugs.derive(draft.name());
        if (RESERVED_SLUGS.contains(derived)) {
            derived = derived + "-source";
        }
        if (!Slugs.isValid(derived)) {
            errors.add(new FieldProblem("slug", "cannot be derived from the name '" + draft.name()
                    + "'; give one matching " + Slugs.PATTERN));
        }
        return derived;
    }

    static void check(SourceDraft draft, List<FieldProblem> errors) {
        if (draft.country() != null && !COUNTRIES.contains(draft.country())) {
            errors.add(new FieldProblem("country", "'" + draft.country()
                    + "' is not an ISO 3166-1 alpha-2 code such as US, KR or UA (upper case)"));
        }
        if (draft.homepage() != null && !WebAddresses.isHttp(draft.homepage())) {
            errors.add(new FieldProblem("homepage", "must be an absolute http or https URL"));
        }
        Set<String> seen = new HashSet<>();
        List<String> aliases = draft.aliasesOrEmpty();
        for (int i = 0; i < aliases.size(); i++) {
            if (aliases.get(i) != null && !seen.add(aliases.get(i).strip().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldProblem("aliases[" + i + "]", "repeats an earlier alias"));
            }
        }
        List<SourceDraft.AffiliationDraft> affiliations = draft.affiliationsOrEmpty();
        for (int i = 0; i < affiliations.size(); i++) {
            SourceDraft.AffiliationDraft link = affiliations.get(i);
            if (link != null && link.from() != null && link.to() != null
                    && link.from().earliest().isPresent() && link.to().latest().isPresent()
                    && link.from().earliest().get().isAfter(link.to().latest().get())) {
                errors.add(new FieldProblem("affiliations[" + i + "].to", "ends before 'from' begins"));
            }
        }
    }

    static void throwIfAny(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(new ArrayList<>(errors));
        }
    }

}
