package io.claimtrail.extraction;

import java.util.Optional;

/**
 * Checks an article before extraction, so that a service can answer with the right status: empty text (400),
 * longer than {@value #MAX_CHARS} characters (413), NUL or other binary control characters (400), not English
 * (422). Returns the first problem found.
 */
public final class InputCheck {

    public static final int MAX_CHARS = 200_000;

    public enum Problem {
        EMPTY(400), TOO_LONG(413), BINARY(400), NO_PUBLICATION_DATE(400), NOT_ENGLISH(422);

        private final int status;

        Problem(int status) {
            this.status = status;
        }

        /** The HTTP status the issue asks for. */
        public int status() {
            return status;
        }
    }

    /** A problem, with a sentence saying what is wrong. */
    public record Failure(Problem problem, String detail) {
    }

    private InputCheck() {
    }

    /** The first problem of this article, or empty when it can be extracted from. */
    public static Optional<Failure> check(String text, java.time.LocalDate publishedOn) {
        if (text == null || text.isBlank()) {
            return Optional.of(new Failure(Problem.EMPTY, "the article text is empty"));
        }
        if (text.length() > MAX_CHARS) {
            return Optional.of(new Failure(Problem.TOO_LONG, "the article has " + text.length()
                    + " characters, more than the " + MAX_CHARS + " accepted"));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                    || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of(new Failure(Problem.BINARY, String.format(
                        "the article holds a binary or control character (U+%04X) at character %d", (int) c, i)));
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    return Optional.of(new Failure(Problem.BINARY, "the article holds a lone surrogate at character "
                            + i));
                }
            }
        }
        if (publishedOn == null) {
            return Optional.of(new Failure(Problem.NO_PUBLICATION_DATE,
                    "publishedOn is required: relative dates ('on Monday') are resolved against it"));
        }
        LanguageCheck.Result lang = LanguageCheck.check(text);
        if (lang.verdict() == LanguageCheck.Verdict.NOT_ENGLISH) {
            return Optional.of(new Failure(Problem.NOT_ENGLISH, "only English articles can be extracted: "
                    + lang.reason()));
        }
        return Optional.empty();
    }
}
