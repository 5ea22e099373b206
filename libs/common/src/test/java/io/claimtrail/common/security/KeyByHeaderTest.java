package io.claimtrail.common.security;

import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.security.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class KeyByHeaderTest {

    private static final Key A = new SecretKeySpec(new byte[] {1}, "HmacSHA256");
    private static final Key B = new SecretKeySpec(new byte[] {2}, "HmacSHA256");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T14:00:00Z"));
    private final AtomicReference<Key> published = new AtomicReference<>(A);
    private final List<String> lookedUp = new ArrayList<>();
    private final KeyByHeader keys = new KeyByHeader(token -> {
        lookedUp.add(token);
        return published.get();
    }, () -> now.get(), Duration.ofSeconds(1));

    @Test
    void tokensWithOneHeaderAreLookedUpOnceWhileTheHoldLasts() throws Exception {
        assertSame(A, keys.of("hdr1.payload1.sig1"));
        assertSame(A, keys.of("hdr1.payload2.sig2"));
        assertEquals(List.of("hdr1.payload1.sig1"), lookedUp);
    }

    @Test
    void anotherHeaderIsLookedUpOnItsOwn() throws Exception {
        keys.of("hdr1.p.s");
        keys.of("hdr2.p.s");
        assertEquals(List.of("hdr1.p.s", "hdr2.p.s"), lookedUp);
    }

    @Test
    void aRotationIsSeenOnceTheHoldIsOver() throws Exception {
        assertSame(A, keys.of("hdr1.p.s"));
        published.set(B);
        now.set(now.get().plusMillis(999));
        assertSame(A, keys.of("hdr1.p.s"));
        now.set(now.get().plusMillis(1));
        assertSame(B, keys.of("hdr1.p.s"));
    }

    @Test
    void aHeaderWithoutAKeyIsNeverKept() throws Exception {
        published.set(null);
        assertNull(keys.of("hdr1.p.s"));
        published.set(A);
        assertSame(A, keys.of("hdr1.p.s"));
        assertEquals(2, lookedUp.size());
    }

    @Test
    void aTokenWithoutHeaderIsPassedOn() throws Exception {
        keys.of("garbage");
        keys.of("garbage");
        assertEquals(2, lookedUp.size());
    }
}
