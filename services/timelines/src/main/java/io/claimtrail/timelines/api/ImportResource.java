package io.claimtrail.timelines.api;

import io.claimtrail.common.api.Problem;
import io.claimtrail.common.security.Roles;
import io.claimtrail.timelines.domain.bundle.Bundle;
import io.claimtrail.timelines.domain.bundle.BundleImporter;
import io.claimtrail.timelines.domain.bundle.ImportReport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports whole stories; needs the admin role. */
@Path("/timelines/import")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Story bundles", description = "A whole story in one JSON document; format in /schemas/bundle.schema.json")
public class ImportResource {

    private final BundleImporter importer;

    public ImportResource(BundleImporter importer) {
        this.importer = importer;
    }

    @POST
    @Operation(operationId = "importBundle",
            summary = "Import a story bundle", description = "Creates what is new through the sources and claims "
            + "APIs and this service, matches what exists, and reports which is which. Importing the same bundle "
            + "twice changes nothing. A bundle that refers to something undefined is refused before anything is "
            + "written, with every problem listed. When a service fails midway, run the import again: it resumes. "
            + "Needs the admin role; the calls to the sources and claims services carry the caller's token, so those "
            + "services record the caller as the author of what they store. This service's audit trail of the "
            + "timeline lists the timeline and events the import created (action imported).")
    @APIResponse(responseCode = "200", description = "What was created and what matched", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "An invalid bundle; every problem listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Another service refused part of the bundle", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Another service refused the caller's token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Another service is unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ImportReport> importBundle(@NotNull Bundle bundle) {
        return importer.importBundle(bundle);
    }
}
