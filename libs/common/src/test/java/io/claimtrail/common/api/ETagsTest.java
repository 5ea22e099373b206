package io.claimtrail.common.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A tag with a variant still names its version for If-Match. */
class ETagsTest {

    @Test
    void aVariantFollowsTheVersion() {
        assertEquals("\"3\"", ETags.of(3, null));
        assertEquals("\"3-1a2b3c4d\"", ETags.of(3, "1a2b3c4d"));
        assertEquals(3, ETags.required(ETags.of(3, "1a2b3c4d")));
        assertEquals(3, ETags.required("W/\"3\""));
    }

    @Test
    void aTagWithoutAVersionIsStillRefused() {
        assertEquals(400, assertThrows(ProblemException.class, () -> ETags.required("\"-x\"")).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> ETags.required("\"x-3\"")).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.required(" ")).status());
    }
}
