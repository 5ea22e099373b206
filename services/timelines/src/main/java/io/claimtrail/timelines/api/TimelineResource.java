package io.claimtrail.timelines.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrail.common.api.ContentETag;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.MergePatch;
import io.claimtrail.common.api.RoundTrip;
import io.claimtrail.common.api.VersionView;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.Params;
import io.claimtrail.common.api.Problem;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.audit.AuditView;
import io.claimtrail.common.security.Roles;
import io.claimtrail.timelines.domain.Assembler;
import io.claimtrail.timelines.domain.StorySummary;
import io.claimtrail.timelines.domain.Timeline;
import io.claimtrail.timelines.domain.TimelineDraft;
import io.claimtrail.timelines.domain.TimelineService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * HTTP face of the timelines: CRUD, the assembled entries, the exports and the audit trail. Reading needs the viewer
 * role, creating and replacing the analyst role, archiving and the audit trail the editor role.
 */
@Path("/timelines")
@RolesAllowed(Roles.VIEWER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Timelines", description = "Stories assembled from events and claims, as of any day")
public class TimelineResource {

    static final String ID_OR_SLUG = "The timeline's id or slug, e.g. nk-troops-ukraine-2024";
    static final String ID = "The timeline's id (a slug is not accepted here)";
    static final String STREAMED = "A story whose claims fill more than one page of the claims service (over 1,000) "
            + "is streamed as it is assembled (chunked): the first entries leave once the first page is read, in the "
            + "same JSON document, whose total, degraded and warnings come after the entries; its ETag then comes as "
            + "an HTTP trailer when the request has TE: trailers (none otherwise), and If-None-Match is answered 304 "
            + "as for a whole answer. Should the claims service "
            + "fail part way, the entries already sent stay, the rest of the events follow, and the document ends "
            + "with degraded=true and a warning saying how many claims are shown. An unexpected failure after the "
            + "first byte closes the connection without ending the chunked body: a body that is not complete JSON "
            + "is an incomplete answer, to be asked for again. ";
    static final String KNOWN_AT = "ISO-8601 timestamp, e.g. 2024-07-02T12:00:00Z: as recorded at that moment; one "
            + "ahead of now reads as now";

    private final Clock clock;
    private final TimelineService timelines;
    private final Assembler assembler;
    private final AuditLog audit;

    private final RoundTrip roundTrip;
    private final StoryAnswers answers;

    public TimelineResource(TimelineService timelines, Assembler assembler, AuditLog audit, Clock clock,
            RoundTrip roundTrip, StoryAnswers answers) {
        this.roundTrip = roundTrip;
        this.answers = answers;
        this.clock = clock;
        this.timelines = timelines;
        this.assembler = assembler;
        this.audit = audit;
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "createTimeline",
            summary = "Create a timeline", description = "Pinned claims must exist in the claims service. "
            + "Needs the analyst role.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown pinned claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The claims service refused the caller's token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The claims service is unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@NotNull @Valid TimelineDraft body, UriInfo uri) {
        return timelines.create(body).map(t -> Response
                .created(uri.getBaseUriBuilder().path("timelines").path(t.id.toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(t.version)).entity(TimelineView.of(t)).build());
    }

    @GET
    @Operation(operationId = "listTimelines",
            summary = "List timelines by title", description = "page counts from 0; size is at most 200. "
            + "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "A bad paging value", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<TimelineView>> list(
            @Parameter(description = "true or false") @QueryParam("includeArchived") @Size(max = Limits.FLAG) String includeArchived,
            @QueryParam("page") @Size(max = Limits.NUMBER) String page,
            @QueryParam("size") @Size(max = Limits.NUMBER) String size,
            @Parameter(description = KNOWN_AT) @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt) {
        AsOf view = view(null, knownAt);
        return timelines.list(PageRequest.of(page, size), Boolean.TRUE.equals(Params.bool("includeArchived", includeArchived)),
                        view).map(found -> found.map(t -> TimelineView.of(t, view)));
    }

    @GET
    @Path("/{timeline}")
    @Operation(operationId = "getTimeline",
            summary = "Read a timeline by id or slug", description = "knownAt gives it as recorded then (its "
            + "topics, pinned claims and eras; a slug of then finds it; 404 when not yet recorded). Needs the viewer "
            + "role.")
    @APIResponse(responseCode = "200", description = "The timeline, with its ETag", content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "404", description = "No such timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@Parameter(description = ID_OR_SLUG) @PathParam("timeline") String idOrSlug,
            @Parameter(description = KNOWN_AT) @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt) {
        AsOf view = view(null, knownAt);
        return timelines.get(idOrSlug, view).map(timeline -> Response.ok(TimelineView.of(timeline, view))
                .header(HttpHeaders.ETAG, ETags.of(timeline.version)).build());
    }

    @GET
    @Path("/{timeline}/versions")
    @Operation(operationId = "listTimelineVersions",
            summary = "Every recorded version of a timeline, oldest first", description = "Each write "
            + "(creation, replacement, archiving, import) makes a version: its number (as in the ETag), when it was "
            + "recorded and replaced, who wrote it, and the timeline as this API showed it then. Needs the viewer "
            + "role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "404", description = "No such timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<VersionView<TimelineView>>> versions(@Parameter(description = ID_OR_SLUG) @PathParam("timeline") String idOrSlug,
            @QueryParam("page") @Size(max = Limits.NUMBER) String page,
            @QueryParam("size") @Size(max = Limits.NUMBER) String size) {
        PageRequest request = PageRequest.of(page, size);
        return timelines.versions(idOrSlug, request).map(found -> found.map(v -> new VersionView<>(v.value().version,
                v.recordedFrom(), v.recordedTo(), v.actor(), TimelineView.of(v.value()))));
    }

    @GET
    @Path("/{timeline}/versions/{version}")
    @Operation(operationId = "getTimelineVersion",
            summary = "One recorded version of a timeline", description = "As in GET /timelines/{timeline}/versions. "
            + "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such timeline or version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<VersionView<TimelineView>> version(@Parameter(description = ID_OR_SLUG) @PathParam("timeline") String idOrSlug,
            @PathParam("version") @Size(max = Limits.NUMBER) String version) {
        int number = Params.version("version", version);
        return timelines.version(idOrSlug, number).map(v -> new VersionView<>(v.value().version, v.recordedFrom(),
                v.recordedTo(), v.actor(), TimelineView.of(v.value())));
    }

    @PUT
    @Path("/{timeline}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "replaceTimeline",
            summary = "Replace a timeline", description = "Needs If-Match; an absent slug keeps the current one. "
            + "Needs the analyst role.")
    @APIResponse(responseCode = "200", description = "Replaced; new ETag", content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@Parameter(description = ID) @PathParam("timeline") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = TimelineDraft.class))) @NotNull JsonNode body) {
        return replace(id, ifMatch, current -> roundTrip.replacement(body, current, TimelineDraft.class));
    }

    @PATCH
    @Path("/{timeline}")
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchTimeline", summary = "Change some fields of a timeline", description = "A JSON merge patch (RFC 7396) onto the "
            + "timeline as GET shows it, then the same checks, rules and audit as PUT. Needs If-Match and the analyst role.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TimelineDraft.class)))
    @APIResponse(responseCode = "200", description = "Changed; new ETag", content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A server-managed field contradicts the timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> patch(@Parameter(description = ID) @PathParam("timeline") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return replace(id, ifMatch, current -> roundTrip.patched(patch, current, TimelineDraft.class));
    }

    /** PUT and PATCH: the draft is read against the timeline as GET shows it, after the If-Match check. */
    private Uni<Response> replace(String id, String ifMatch, Function<TimelineView, TimelineDraft> draftOf) {
        UUID timelineId = requiredId(id);
        return ETags.replaceIfMatch(ifMatch, timelines.get(timelineId.toString()), current -> current.version,
                (current, version) -> timelines.update(timelineId, version, draftOf.apply(TimelineView.of(current))))
                .map(TimelineResource::ok);
    }

    @DELETE
    @Path("/{timeline}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "archiveTimeline",
            summary = "Archive a timeline", description = "Nothing is deleted; it leaves the listing. "
            + "If-Match is checked when given. Needs the editor role.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "404", description = "No such timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> archive(@Parameter(description = ID) @PathParam("timeline") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID timelineId = requiredId(id);
        return timelines.archive(timelineId, ifMatch == null ? null : ETags.required(ifMatch)).map(TimelineResource::ok);
    }

    @GET
    @Path("/{timeline}/entries")
    @Operation(operationId = "getTimelineEntries",
            summary = "The story as one chronological list of events and claims", description = "Claims come "
            + "from the claims service (topics plus pinned) with their source, status, credibility and relations; "
            + "events from this service. asOf (EDTF date, its last day counts) keeps only what had certainly "
            + "happened or been stated by then, with statuses as of then; knownAt keeps what this system had "
            + "recorded then; from/to keep entries that may fall in that range. Order: earliest possible day, latest "
            + "possible day, events before claims, title, id. When a service is down or slow the answer is "
            + "degraded=true with warnings, never an error; so is a service that refuses the caller's token. "
            + STREAMED + "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The entries; the ETag is a header, or a trailer when streamed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntriesView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the entries' ETag")
    @APIResponse(responseCode = "400", description = "A bad date or flag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @StoryAnswers.Streamed(StoryAnswers.Kind.ENTRIES)
    public Multi<byte[]> entries(@Parameter(description = ID_OR_SLUG) @PathParam("timeline") String idOrSlug,
            @Parameter(description = "EDTF date, e.g. 2024-07-02") @QueryParam("asOf") @Size(max = Limits.DATE) String asOf,
            @Parameter(description = "ISO-8601 timestamp") @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt,
            @Parameter(description = "EDTF date") @QueryParam("from") @Size(max = Limits.DATE) String from,
            @Parameter(description = "EDTF date") @QueryParam("to") @Size(max = Limits.DATE) String to,
            @Parameter(description = "Include each claim's transitions: true or false") @QueryParam("history")
            @Size(max = Limits.FLAG) String history, @Context HttpServerRequest request) {
        return answers.answer(answers.read(StoryAnswers.Kind.ENTRIES, idOrSlug, asOf, knownAt, from, to, history),
                request);
    }

    @GET
    @Path("/{timeline}/timelinejs")
    @Operation(operationId = "getTimelineJs",
            summary = "The story as Knight Lab TimelineJS3 JSON", description = "Accepted by TimelineJS as it is; "
            + "asOf and knownAt as for the entries. " + STREAMED + "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "TimelineJS3 JSON; the ETag is a header, or a trailer when streamed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineJs.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the export's ETag")
    @APIResponse(responseCode = "400", description = "A bad date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @StoryAnswers.Streamed(StoryAnswers.Kind.TIMELINEJS)
    public Multi<byte[]> timelineJs(@Parameter(description = ID_OR_SLUG) @PathParam("timeline") String idOrSlug,
            @Parameter(description = "EDTF date") @QueryParam("asOf") @Size(max = Limits.DATE) String asOf,
            @Parameter(description = "ISO-8601 timestamp") @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt,
            @Context HttpServerRequest request) {
        return answers.answer(answers.read(StoryAnswers.Kind.TIMELINEJS, idOrSlug, asOf, knownAt, null, null, null),
                request);
    }

    @GET
    @Path("/{timeline}/summary")
    @Operation(operationId = "getTimelineSummary",
            summary = "Counts by status, the first report of each claim cluster, and lead times to confirmation",
            description = "asOf and knownAt as for the entries. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "404", description = "No such timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ContentETag
    public Uni<StorySummary> summary(@Parameter(description = ID_OR_SLUG) @PathParam("timeline") String idOrSlug,
            @Parameter(description = "EDTF date") @QueryParam("asOf") @Size(max = Limits.DATE) String asOf,
            @Parameter(description = "ISO-8601 timestamp") @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt) {
        return assembler.assemble(idOrSlug, view(asOf, knownAt), null, null, true)
                .map(StorySummary::of);
    }

    @GET
    @Path("/{timeline}/audit")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "listTimelineAudit",
            summary = "Every write to this timeline and its events", description = "Oldest first: who (the "
            + "token's subject), when, what (entityType timeline or event, and entityId), and the record before and "
            + "after, as this API showed it. Writes that an import made to the sources and claims services are in "
            + "their own audit trails. Needs the editor role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "A bad paging value", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<AuditView>> audit(@Parameter(description = ID_OR_SLUG) @PathParam("timeline") String idOrSlug,
            @QueryParam("page") @Size(max = Limits.NUMBER) String page,
            @QueryParam("size") @Size(max = Limits.NUMBER) String size) {
        PageRequest request = PageRequest.of(page, size);
        return timelines.get(idOrSlug).chain(timeline -> audit.history(timeline.id, request));
    }

    private static Response ok(Timeline timeline) {
        return Response.ok(TimelineView.of(timeline)).header(HttpHeaders.ETAG, ETags.of(timeline.version)).build();
    }

    static UUID requiredId(String id) {
        return Params.requiredUuid("id", id);
    }

    private AsOf view(String asOf, String knownAt) {
        return Params.asOf(asOf, knownAt, clock.now());
    }
}
