package io.claimtrail.timelines.domain;

import io.claimtrail.common.api.FieldProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimelineRulesTest {

    @ParameterizedTest(name = "slug {0}: refused {1}")
    @CsvSource({
            "import, true",
            "drafts, true",
            "extract, true",
            "drafts-2024, false",
            "nk-troops-ukraine-2024, false",
    })
    void pathSegmentsOfTheApiAreNoSlugs(String slug, boolean refused) {
        List<FieldProblem> errors = new ArrayList<>();
        TimelineRules.slugOf(draft(slug), errors);
        assertEquals(refused, errors.stream().anyMatch(e -> e.field().equals("slug")), errors.toString());
    }

    private static TimelineDraft draft(String slug) {
        return new TimelineDraft(slug, "A story", null, List.of("north-korea"), null, null);
    }
}
