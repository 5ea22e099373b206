package io.claimtrail.common.text;

import io.claimtrail.common.api.ProblemException;

import java.time.Instant;

/**
 * What PostgreSQL cannot keep as sent, told in words a client can act on: a NUL character fails the statement, half
 * of a surrogate pair would be stored as '?', and a timestamp outside years 1 to 9999 overflows {@code timestamptz}
 * into another date. Bodies are checked by {@link io.claimtrail.common.json.StrictJson}, query parameters here.
 */
public final class Storable {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Storable() {
    }

    /** Why PostgreSQL cannot store the text as sent, or null when it can. */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return loneSurrogate(c);
            } else if (c == '\u0000') {
                return controlCharacter(c);
            }
        }
        return null;
    }

    /** Why PostgreSQL cannot store the moment, or null when it can. */
    public static String instantProblem(Instant moment) {
        return moment.isBefore(EARLIEST) || moment.isAfter(LATEST) ? "must lie between the years 1 and 9999" : null;
    }

    /**
     * A query parameter's text, or a 400 naming it. The HTTP layer decodes invalid percent-encoded UTF-8 into U+FFFD,
     * so here that character means the client sent bytes that are no text.
     */
    public static String param(String name, String value) {
        if (value == null) {
            return null;
        }
        String problem = value.indexOf('\uFFFD') >= 0 ? "is not valid UTF-8 once percent-decoded" : textProblem(value);
        if (problem != null) {
            throw ProblemException.invalid(name, problem);
        }
        return value;
    }

    static String loneSurrogate(char c) {
        return "contains a lone UTF-16 surrogate " + code(c) + ", which is no character";
    }

    static String controlCharacter(char c) {
        return "contains the control character " + code(c);
    }

    static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
