package io.claimtrail.sources.store;

import io.claimtrail.sources.domain.Rating;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Writes and, inside a write's transaction, reads of reliability ratings. */
@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<Rating, UUID> {

    public Uni<List<Rating>> forSource(UUID sourceId) {
        return list("sourceId = ?1 order by recordedAt, id", sourceId);
    }
}
