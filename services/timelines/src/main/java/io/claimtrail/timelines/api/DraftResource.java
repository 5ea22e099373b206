package io.claimtrail.timelines.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.Params;
import io.claimtrail.common.api.Problem;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.audit.AuditView;
import io.claimtrail.common.security.Roles;
import io.claimtrail.timelines.domain.draft.ArticleInput;
import io.claimtrail.timelines.domain.draft.Draft;
import io.claimtrail.timelines.domain.draft.DraftImportRequest;
import io.claimtrail.timelines.domain.draft.DraftImporter;
import io.claimtrail.timelines.domain.draft.DraftReview;
import io.claimtrail.timelines.domain.draft.DraftService;
import io.claimtrail.timelines.domain.draft.DraftView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Drafts: an article's candidates stored for review, reviewed, and imported into a timeline. Writing needs the analyst
 * role (importing a reviewed draft too: unlike a whole bundle, it writes only what an analyst may), reading the viewer
 * role, the audit trail the editor role.
 */
@Path("/timelines/drafts")
@RolesAllowed(Roles.ANALYST)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "From an article to reviewed claims: extraction, drafts and their import")
public class DraftResource {

    private final DraftService drafts;
    private final DraftImporter importer;
    private final AuditLog audit;
    private final ObjectMapper json;

    public DraftResource(DraftService drafts, DraftImporter importer, AuditLog audit, ObjectMapper json) {
        this.drafts = drafts;
        this.importer = importer;
        this.audit = audit;
        this.json = json;
    }

    @POST
    @Operation(operationId = "createDraft", summary = "Extract an article's claims and keep them as a draft",
            description = "The extraction of POST /timelines/extract (same input and refusals), stored with the "
            + "article: each candidate PENDING, its claim as extracted, its source the resolved one. Audited. "
            + "Needs the analyst role.")
    @APIResponse(responseCode = "201", description = "Stored; Location and ETag set", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "Empty text, NUL or binary characters, no publishedOn, or another invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 200,000 characters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The text is not English", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@NotNull @Valid ArticleInput body, UriInfo uri) {
        return drafts.create(body).map(draft -> Response
                .created(uri.getBaseUriBuilder().path("timelines").path("drafts").path(draft.id.toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(draft.version)).entity(view(draft)).build());
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listDrafts", summary = "List drafts, newest first",
            description = "page counts from 0; size is at most 200. The article's text is left out. Needs the "
            + "viewer role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "A bad paging value", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<DraftView>> list(@QueryParam("page") @Size(max = Limits.NUMBER) String page,
            @QueryParam("size") @Size(max = Limits.NUMBER) String size) {
        return drafts.list(PageRequest.of(page, size)).map(found -> found.map(d -> DraftView.of(d, json, false)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getDraft", summary = "Read a draft", description = "The article, each candidate as "
            + "extracted, as reviewed, and what the import wrote for it. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The draft, with its ETag", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No such draft", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("id") String id) {
        return drafts.get(Params.requiredUuid("id", id)).map(this::ok);
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "reviewDraft", summary = "Accept, reject or edit candidates",
            description = "Per candidate (by index): decision, the claim's text, quote, statedOn, kind, resolvesBy "
            + "and topics, its source (sourceId, or createSource to create the proposed one at import), or "
            + "attachToClaimId to add the article to an existing claim as an appearance instead of a new claim. "
            + "Fields left out stay. Needs If-Match; audited. Needs the analyst role.")
    @APIResponse(responseCode = "200", description = "Reviewed; new ETag", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such draft", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The candidate was imported already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown sourceId or attachToClaimId", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> review(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DraftReview body) {
        java.util.UUID draftId = Params.requiredUuid("id", id);
        return drafts.review(draftId, ETags.required(ifMatch), body).map(this::ok);
    }

    @POST
    @Path("/{id}/import")
    @Operation(operationId = "importDraft", summary = "Import the accepted candidates into a timeline",
            description = "Into an existing timeline (timeline: id or slug) or a new one (newTimeline), through the "
            + "story bundle import: new claims with the article as their appearance, sources created where asked; "
            + "candidates attached to an existing claim add the article to its appearances. Claims the timeline "
            + "would not show by its topics are pinned to it. Idempotent: a second run writes nothing new; when a "
            + "service fails midway, what was written is recorded per candidate and a re-run completes it. "
            + "Needs the analyst role.")
    @APIResponse(responseCode = "200", description = "The draft, with what was written per candidate", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of timeline and newTimeline, or an invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such draft or timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The draft is not ready (problems listed), or was imported into another timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Another service refused part of the import", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Another service is unavailable; run the import again", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> importDraft(@PathParam("id") String id, @NotNull @Valid DraftImportRequest body) {
        return importer.importDraft(Params.requiredUuid("id", id), body).map(this::ok);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "draftAudit", summary = "Every write to this draft", description = "Oldest first: "
            + "created, updated (reviews) and imported, with the draft before and after (without the article's "
            + "text). Needs the editor role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "404", description = "No such draft", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<AuditView>> audit(@PathParam("id") String id,
            @QueryParam("page") @Size(max = Limits.NUMBER) String page,
            @QueryParam("size") @Size(max = Limits.NUMBER) String size) {
        PageRequest request = PageRequest.of(page, size);
        return drafts.get(Params.requiredUuid("id", id)).chain(draft -> audit.history(draft.id, request));
    }

    private DraftView view(Draft draft) {
        return DraftView.of(draft, json, true);
    }

    private Response ok(Draft draft) {
        return Response.ok(view(draft)).header(HttpHeaders.ETAG, ETags.of(draft.version)).build();
    }
}
