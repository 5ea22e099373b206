package io.claimtrail.timelines.domain;

import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.text.Slugs;
import io.claimtrail.common.text.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks of timeline drafts that need no other service: slug, text, topics, eras. */
final class TimelineRules {

    /** Path segments of the API that a slug would hide. */
    private static final Set<String> RESERVED = Set.of("import", "drafts", "extract");

    private TimelineRules() {
    }

    /** The slug to store: the given one, else one derived from the title; problems are added to {@code errors}. */
    static String slugOf(TimelineDraft draft, List<FieldProblem> errors) {
        String slug = draft.slug() != null ? draft.slug() : Slugs.derive(draft.title());
        if (!Slugs.isValid(slug)) {
            errors.add(new FieldProblem("slug", draft.slug() != null ? "must match " + Slugs.PATTERN
                    : "cannot be derived from the title; give one matching " + Slugs.PATTERN));
        } else if (RESERVED.contains(slug)) {
            errors.add(new FieldProblem("slug", "'" + slug + "' is reserved by the API"));
        }
        return slug;
    }

    static void check(TimelineDraft draft, List<FieldProblem> errors) {
        Topics.check("topics", draft.topicsOrEmpty(), errors);
        for (int i = 0; i < draft.erasOrEmpty().size(); i++) {
            TimelineDraft.EraDraft era = draft.erasOrEmpty().get(i);
            checkEraEnd("eras[" + i + "].start", era.start(), errors);
            checkEraEnd("eras[" + i + "].end", era.end(), errors);
            if (era.start().earliest().isPresent() && era.end().latest().isPresent()
                    && era.start().earliest().get().isAfter(era.end().latest().get())) {
                errors.add(new FieldProblem("eras[" + i + "].end", "ends before the era starts"));
            }
        }
    }

    private static void checkEraEnd(String field, PartialDate date, List<FieldProblem> errors) {
        if (date.earliest().isEmpty() || date.latest().isEmpty()) {
            errors.add(new FieldProblem(field, "an era needs both ends dated; open intervals are not allowed here"));
        }
    }

    static void throwIfAny(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(new ArrayList<>(errors));
        }
    }
}
