package io.claimtrail.timelines.domain;

import io.claimtrail.common.api.FieldProblem;

import java.util.List;

/**
 * What a title, description, place or name may contain: no NUL (PostgreSQL refuses it), no other control character
 * than tab and line breaks, no half of a surrogate pair (it would be stored as '?'), and no bidirectional override,
 * embedding or isolate, which make exported text read differently from what is stored (U+202E turns "gnp.exe"
 * around). Marks such as U+200F stay allowed, and right-to-left scripts need nothing else.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Why PostgreSQL cannot keep the text as sent (a NUL, half of a surrogate pair), or null when it can. */
    public static String unstorable(String text) {
        return scan(text, false);
    }

    /** Why the text is refused, or null when it is fine. */
    public static String problem(String text) {
        return scan(text, true);
    }

    /** Adds a problem naming {@code field} when the text is refused; null is fine. */
    public static void check(String field, String text, List<FieldProblem> errors) {
        String problem = text == null ? null : problem(text);
        if (problem != null) {
            errors.add(new FieldProblem(field, problem));
        }
    }

    private static String scan(String text, boolean plain) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain half of a surrogate pair (" + codePoint(c) + ")";
            } else if (c == '\u0000' || (plain && Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return "must not contain the control character " + codePoint(c);
            } else if (plain && ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'))) {
                return "must not contain the bidirectional control character " + codePoint(c);
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
