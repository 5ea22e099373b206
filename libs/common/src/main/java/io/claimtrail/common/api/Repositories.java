package io.claimtrail.common.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** Small helpers for repository queries. */
public final class Repositories {

    private Repositories() {
    }

    /**
     * The first row or null. Queries that fetch collections must not be limited in SQL (Hibernate would page in
     * memory and warn), so they are read whole and the first entity taken here.
     */
    public static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The rows in the order of {@code ids}, each once: what an {@code id = ANY(...)} query found, as asked. */
    public static <T> List<T> inOrderOf(Collection<UUID> ids, Collection<T> rows, Function<T, UUID> idOf) {
        Map<UUID, T> byId = new HashMap<>();
        rows.forEach(row -> byId.put(idOf.apply(row), row));
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    }
}
