package io.claimtrail.timelines.domain.draft;

import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.extraction.InputCheck;

import java.util.List;

/**
 * An article fit for extraction, or the problem naming its field: empty, NUL or binary text 400, longer than
 * 200,000 characters 413, no publication date 400, not English 422 (the rules are the extraction library's
 * {@link InputCheck}; this maps them to HTTP).
 */
final class ArticleCheck {

    private ArticleCheck() {
    }

    static void require(ArticleInput article) {
        InputCheck.check(article.text(), article.publishedOn()).ifPresent(failure -> {
            String field = failure.problem() == InputCheck.Problem.NO_PUBLICATION_DATE ? "publishedOn" : "text";
            throw new ProblemException(failure.problem().status(), field + ": " + failure.detail(),
                    List.of(new FieldProblem(field, failure.detail())));
        });
    }
}
