package io.claimtrail.extraction;

import java.util.Objects;

/**
 * A piece of the posted text: its characters and where they are, in Unicode code points from the start of the
 * text (end exclusive), so that a client in any language can cut the same piece out of the same text.
 */
public record TextSpan(String text, int start, int end) {

    public TextSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** Code points shared with another span. */
    public int overlap(TextSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
