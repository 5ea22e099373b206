package io.claimtrail.common.api;

import java.util.List;

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
}
