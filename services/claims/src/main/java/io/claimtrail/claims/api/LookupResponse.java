package io.claimtrail.claims.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The claims found, the ids that name no claim, and those not yet stated or recorded at the asked time. */
@Schema(name = "ClaimLookupResponse")
public record LookupResponse(List<ClaimView> items, List<UUID> missing, List<UUID> notYet) {
}
