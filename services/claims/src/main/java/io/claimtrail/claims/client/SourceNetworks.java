package io.claimtrail.claims.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The sources a new claim names, with the institutions they belong to now (SourceDirectory#network), kept for a
 * short while: issue #17's profile of {@code POST /claims} showed the call to the sources service on every write, and
 * analysts record many claims of the same speakers in a row.
 * <p>
 * Why a stale answer is safe for at most {@code claimtrail.sources.cache.ttl}: only answers that found every id are
 * kept, so an unknown id is always asked again (a source created a moment ago is accepted at once). Sources are never
 * deleted (DELETE /sources/{id} archives, and lookups still find archived sources, as the check did before the
 * cache), so a kept "exists" stays true; should sources ever be deleted or merged, one would still be accepted for at
 * most the TTL after it. The institutions only choose where possible duplicates are looked for, a hint that may lag
 * an affiliation change by the TTL. A TTL of 0 turns the cache off.
 */
@ApplicationScoped
public class SourceNetworks {

    private final Function<List<UUID>, Uni<Map<UUID, SourceSummary>>> lookup;
    private final Cache<List<UUID>, Map<UUID, SourceSummary>> cache;

    @Inject
    public SourceNetworks(SourceDirectory directory,
            @ConfigProperty(name = "claimtrail.sources.cache.ttl", defaultValue = "60s") Duration ttl,
            @ConfigProperty(name = "claimtrail.sources.cache.size", defaultValue = "10000") long size) {
        this(ids -> directory.network(ids, AsOf.NOW, true, false), ttl, size, Ticker.systemTicker());
    }

    SourceNetworks(Function<List<UUID>, Uni<Map<UUID, SourceSummary>>> lookup, Duration ttl, long size, Ticker ticker) {
        this.lookup = lookup;
        this.cache = ttl.isZero() ? null : Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl)
                .ticker(ticker).executor(Runnable::run).build();
    }

    /** The sources with these ids now, and those they are affiliated with at any depth; absent ids name no source. */
    public Uni<Map<UUID, SourceSummary>> current(List<UUID> ids) {
        List<UUID> key = List.copyOf(ids);
        Map<UUID, SourceSummary> kept = cache == null ? null : cache.getIfPresent(key);
        if (kept != null) {
            return Uni.createFrom().item(kept);
        }
        return lookup.apply(key).invoke(found -> {
            if (cache != null && found.keySet().containsAll(key)) {
                cache.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(found)));
            }
        });
    }

    /** How many answers are kept now. */
    long size() {
        if (cache == null) {
            return 0;
        }
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
