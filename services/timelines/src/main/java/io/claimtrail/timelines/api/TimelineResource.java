package io.claimtrail.timelines.api;

import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.Params;
import io.claimtrail.common.api.Problem;
import io.claimtrail.timelines.domain.Assembler;
import io.claimtrail.timelines.domain.StorySummary;
import io.claimtrail.timelines.domain.Timeline;
import io.claimtrail.timelines.domain.TimelineDraft;
import io.claimtrail.timelines.domain.TimelineService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** HTTP face of the timelines: CRUD, the assembled entries, and the exports. */
@Path("/timelines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Timelines", description = "Stories assembled from events and claims, as of any day")
public class TimelineResource {

    private final TimelineService timelines;
    private final Assembler assembler;

    public TimelineResource(TimelineService timelines, Assembler assembler) {
        this.timelines = timelines;
        this.assembler = assembler;
    }

    @POST
    @Operation(summary = "Create a timeline", description = "Pinned claims must exist in the claims service.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown pinned claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The claims service is unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@NotNull @Valid TimelineDraft body, UriInfo uri) {
        return timelines.create(body).map(t -> Response
                .created(uri.getBaseUriBuilder().path("timelines").path(t.id.toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(t.version)).entity(TimelineView.of(t)).build());
    }

    @GET
    @Operation(summary = "List timelines by title", description = "page counts from 0; size is at most 200.")
    public Uni<Page<TimelineView>> list(@QueryParam("includeArchived") String includeArchived,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return timelines.list(PageRequest.of(page, size), Boolean.TRUE.equals(Params.bool("includeArchived", includeArchived)))
                .map(found -> found.map(TimelineView::of));
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(summary = "Read a timeline by id or slug")
    @APIResponse(responseCode = "404", description = "No such timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("idOrSlug") String idOrSlug) {
        return timelines.get(idOrSlug).map(TimelineResource::ok);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a timeline", description = "Needs If-Match; an absent slug keeps the current one.")
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TimelineDraft body) {
        UUID timelineId = requiredId(id);
        return timelines.update(timelineId, ETags.required(ifMatch), body).map(TimelineResource::ok);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Archive a timeline", description = "Nothing is deleted; it leaves the listing.")
    public Uni<Response> archive(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID timelineId = requiredId(id);
        return timelines.archive(timelineId, ifMatch == null ? null : ETags.required(ifMatch)).map(TimelineResource::ok);
    }

    @GET
    @Path("/{idOrSlug}/entries")
    @Operation(summary = "The story as one chronological list of events and claims", description = "Claims come "
            + "from the claims service (topics plus pinned) with their source, status, credibility and relations; "
            + "events from this service. asOf (EDTF date, its last day counts) keeps only what had certainly "
            + "happened or been stated by then, with statuses as of then; knownAt keeps what this system had "
            + "recorded then; from/to keep entries that may fall in that range. Order: earliest possible day, latest "
            + "possible day, events before claims, title, id. When a service is down or slow the answer is "
            + "degraded=true with warnings, never an error.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(schema = @Schema(implementation = EntriesView.class)))
    public Uni<EntriesView> entries(@PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "EDTF date, e.g. 2024-07-02") @QueryParam("asOf") String asOf,
            @Parameter(description = "ISO-8601 timestamp") @QueryParam("knownAt") String knownAt,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(description = "Include each claim's transitions") @QueryParam("history") String history) {
        return assembler.assemble(idOrSlug, asOfDay(asOf), Params.instant("knownAt", knownAt),
                Params.partialDate("from", from), Params.partialDate("to", to),
                Boolean.TRUE.equals(Params.bool("history", history))).map(EntriesView::of);
    }

    @GET
    @Path("/{idOrSlug}/timelinejs")
    @Operation(summary = "The story as Knight Lab TimelineJS3 JSON", description = "Accepted by TimelineJS as it is; "
            + "asOf and knownAt as for the entries.")
    public Uni<TimelineJs> timelineJs(@PathParam("idOrSlug") String idOrSlug, @QueryParam("asOf") String asOf,
            @QueryParam("knownAt") String knownAt) {
        return assembler.assemble(idOrSlug, asOfDay(asOf), Params.instant("knownAt", knownAt), null, null, false)
                .map(TimelineJs::of);
    }

    @GET
    @Path("/{idOrSlug}/summary")
    @Operation(summary = "Counts by status, the first report of each claim cluster, and lead times to confirmation")
    public Uni<StorySummary> summary(@PathParam("idOrSlug") String idOrSlug, @QueryParam("asOf") String asOf,
            @QueryParam("knownAt") String knownAt) {
        return assembler.assemble(idOrSlug, asOfDay(asOf), Params.instant("knownAt", knownAt), null, null, true)
                .map(StorySummary::of);
    }

    private static Response ok(Timeline timeline) {
        return Response.ok(TimelineView.of(timeline)).header(HttpHeaders.ETAG, ETags.of(timeline.version)).build();
    }

    static UUID requiredId(String id) {
        return Params.requiredUuid("id", id);
    }

    private static LocalDate asOfDay(String asOf) {
        return Params.asOfDay("asOf", asOf);
    }
}
