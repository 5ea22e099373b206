package io.claimtrail.extraction;

/** Test helper: cuts a span out of a text by code points, as a client in another language would. */
final class Texts {

    private Texts() {
    }

    static String cut(String text, TextSpan span) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, span.start(), span.end() - span.start());
    }
}
