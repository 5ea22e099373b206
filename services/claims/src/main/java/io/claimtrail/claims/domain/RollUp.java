package io.claimtrail.claims.domain;

import io.claimtrail.claims.client.SourceDirectory;
import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Whose claims count as a source's (includeMembers on listings, the story query and track records): the source
 * itself, and with members everyone who spoke for it, each within its window ({@link Membership}), from one call to
 * the sources service.
 */
@ApplicationScoped
public class RollUp {

    private final SourceDirectory directory;

    public RollUp(SourceDirectory directory) {
        this.directory = directory;
    }

    /** The source alone, or with its members at any depth; affiliations as recorded at the view's moment. */
    public Uni<List<Membership.Window>> windows(UUID sourceId, AsOf view, boolean includeMembers) {
        if (!includeMembers) {
            return Uni.createFrom().item(List.of(new Membership.Window(sourceId, null, null)));
        }
        // Affiliation dates are compared with each claim's statedOn, not with the view's day: recorded time only.
        return directory.facts(List.of(sourceId), view.recordOnly(), false, true)
                .onFailure().transform(e -> ServiceUnavailable.of("sources", e))
                .map(network -> Membership.windows(sourceId, network));
    }
}
