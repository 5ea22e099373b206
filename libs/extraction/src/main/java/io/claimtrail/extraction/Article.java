package io.claimtrail.extraction;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article to extract from.
 *
 * @param text        the article as plain text
 * @param publishedOn its publication date, the reference for "on Monday", "last week"
 * @param url         optional
 * @param title       optional
 * @param outlet      optional
 */
public record Article(String text, LocalDate publishedOn, String url, String title, String outlet) {

    public Article {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedOn, "publishedOn");
    }

    public static Article of(String text, LocalDate publishedOn) {
        return new Article(text, publishedOn, null, null, null);
    }
}
