package io.claimtrail.common.api;

import java.util.concurrent.atomic.AtomicInteger;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A tag with a variant still names its version for If-Match; a replacement checks it against the stored one. */
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

    @Test
    void aReplacementWritesOnlyOverTheVersionTheClientRead() {
        assertEquals("3 -> v4", ETags.replaceIfMatch("\"3\"", Uni.createFrom().item(3L), Long::longValue,
                (stored, version) -> Uni.createFrom().item(version + " -> v" + (stored + 1))).await().indefinitely());

        var stale = assertThrows(ProblemException.class, () -> ETags.replaceIfMatch("\"2\"",
                Uni.createFrom().item(3L), Long::longValue, (stored, version) -> Uni.createFrom().item("written"))
                .await().indefinitely());
        assertEquals(412, stale.status());
    }

    @Test
    void aMissingIfMatchIsRefusedBeforeAnythingIsRead() {
        var reads = new AtomicInteger();
        Uni<Long> current = Uni.createFrom().item(() -> (long) reads.incrementAndGet());
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.replaceIfMatch(null, current,
                Long::longValue, (stored, version) -> Uni.createFrom().item("written"))).status());
        assertEquals(0, reads.get());
    }
}
