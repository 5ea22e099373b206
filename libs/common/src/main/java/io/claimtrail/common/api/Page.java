package io.claimtrail.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing: the items, the page index (from 0), its size and the total number of matches. A search
 * that considers a bounded window of matches sets {@code totalExact} to false when there were more than the window.
 */
@Schema(description = "One page of results; `page` counts from 0; `total` counts every match unless `totalExact` is false")
public record Page<T>(List<T> items, int page, int size, long total,
        @Schema(description = "Only present, and false, when a search found more matches than it considers: `total` "
                + "is then the number it considers (its window), not the number of all matches")
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean totalExact) {

    /** A page whose total counts every match. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }
}
