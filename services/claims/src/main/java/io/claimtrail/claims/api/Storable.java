package io.claimtrail.claims.api;

import io.claimtrail.common.api.Params;
import io.claimtrail.common.api.ProblemException;

import java.time.Instant;

/**
 * Values PostgreSQL cannot keep as sent, refused as a 400 naming the field, in bodies ({@link StrictJson}) and query
 * parameters alike: a NUL character fails the statement, half of a surrogate pair would be stored as '?', and a
 * timestamp outside years 1 to 9999 overflows {@code timestamptz} into another date.
 */
final class Storable {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Storable() {
    }

    /** Why the text cannot be stored, or null when it can. */
    static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase() + ")";
            }
        }
        return null;
    }

    static String momentProblem(Instant moment) {
        return moment.isBefore(EARLIEST) || moment.isAfter(LATEST) ? "must lie between the years 1 and 9999" : null;
    }

    /**
     * A query parameter's text, or a 400 naming it. The HTTP layer decodes invalid percent-encoded UTF-8 into U+FFFD,
     * so here that character means the client sent bytes that are no text.
     */
    static String text(String name, String value) {
        if (value == null) {
            return null;
        }
        String problem = value.indexOf('\uFFFD') >= 0 ? "is not valid UTF-8 once percent-decoded" : textProblem(value);
        if (problem != null) {
            throw ProblemException.invalid(name, problem);
        }
        return value;
    }

    /** A timestamp query parameter (ISO-8601), or a 400 naming it. */
    static Instant moment(String name, String raw) {
        Instant moment = Params.instant(name, raw);
        String problem = moment == null ? null : momentProblem(moment);
        if (problem != null) {
            throw ProblemException.invalid(name, problem);
        }
        return moment;
    }
}
