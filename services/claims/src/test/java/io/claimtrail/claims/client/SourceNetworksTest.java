package io.claimtrail.claims.client;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceNetworksTest {

    private final AtomicLong nanos = new AtomicLong();
    private final List<List<UUID>> asked = new ArrayList<>();
    private final Map<UUID, SourceSummary> known = new HashMap<>();

    private SourceNetworks networks(Duration ttl, long size) {
        return new SourceNetworks(ids -> {
            asked.add(ids);
            Map<UUID, SourceSummary> found = new HashMap<>();
            ids.stream().filter(known::containsKey).forEach(id -> found.put(id, known.get(id)));
            return Uni.createFrom().item(found);
        }, ttl, size, nanos::get);
    }

    private UUID source() {
        UUID id = UUID.randomUUID();
        known.put(id, new SourceSummary(id, "s-" + id, "S", "PERSON", "F", null, false, List.of()));
        return id;
    }

    @Test
    void anAnswerIsKeptUntilTheTtlAndAskedAgainAfter() {
        SourceNetworks networks = networks(Duration.ofSeconds(60), 100);
        UUID id = source();
        networks.current(List.of(id)).await().indefinitely();
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(59));
        assertTrue(networks.current(List.of(id)).await().indefinitely().containsKey(id));
        assertEquals(1, asked.size());
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
        networks.current(List.of(id)).await().indefinitely();
        assertEquals(2, asked.size());
    }

    @Test
    void anUnknownIdIsNeverKeptSoASourceCreatedLaterIsFoundAtOnce() {
        SourceNetworks networks = networks(Duration.ofSeconds(60), 100);
        UUID id = UUID.randomUUID();
        assertFalse(networks.current(List.of(id)).await().indefinitely().containsKey(id));
        known.put(id, new SourceSummary(id, "new", "New", "PERSON", "F", null, false, List.of()));
        assertTrue(networks.current(List.of(id)).await().indefinitely().containsKey(id));
        assertEquals(2, asked.size());
    }

    @Test
    void aZeroTtlAsksEveryTime() {
        SourceNetworks networks = networks(Duration.ZERO, 100);
        UUID id = source();
        networks.current(List.of(id)).await().indefinitely();
        networks.current(List.of(id)).await().indefinitely();
        assertEquals(2, asked.size());
        assertEquals(0, networks.size());
    }

    @Test
    void theCacheIsBounded() {
        SourceNetworks networks = networks(Duration.ofSeconds(60), 10);
        for (int i = 0; i < 100; i++) {
            networks.current(List.of(source())).await().indefinitely();
        }
        assertTrue(networks.size() <= 10, "kept " + networks.size());
    }
}
