package io.claimtrail.timelines.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.MergePatch;
import io.claimtrail.common.api.RoundTrip;
import io.claimtrail.common.api.Params;
import io.claimtrail.common.api.VersionView;
import io.claimtrail.common.time.Clock;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.Problem;
import io.claimtrail.common.security.Roles;
import io.claimtrail.timelines.domain.Event;
import io.claimtrail.timelines.domain.EventDraft;
import io.claimtrail.timelines.domain.EventService;
import io.smallrye.mutiny.Uni;
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

import java.util.UUID;
import java.util.function.Function;

/**
 * HTTP face of a timeline's events. Reading needs the viewer role, adding and replacing the analyst role, archiving
 * the editor role; every write is in the timeline's audit trail.
 */
@Path("/timelines/{timeline}/events")
@RolesAllowed(Roles.VIEWER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Things that happened, as opposed to things someone said")
public class EventResource {

    private final EventService events;

    private final Clock clock;

    private final RoundTrip roundTrip;

    public EventResource(EventService events, Clock clock, RoundTrip roundTrip) {
        this.roundTrip = roundTrip;
        this.clock = clock;
        this.events = events;
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "createEvent",
            summary = "Add an event to a timeline", description = "Its sources and claims must exist. "
            + "Needs the analyst role.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown source or claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The claims or sources service refused the caller's token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Parameter(description = TimelineResource.ID_OR_SLUG) @PathParam("timeline") String timeline, @NotNull @Valid EventDraft body, UriInfo uri) {
        return events.create(timeline, body).map(e -> Response
                .created(uri.getBaseUriBuilder().path("timelines").path(e.timelineId.toString()).path("events")
                        .path(e.id.toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(e.version)).entity(EventView.of(e)).build());
    }

    @GET
    @Operation(operationId = "listEvents",
            summary = "The live events of a timeline in the order they occurred", description = "page counts "
            + "from 0; size is at most 200. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "A bad paging value", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such timeline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<EventView>> list(@Parameter(description = TimelineResource.ID_OR_SLUG) @PathParam("timeline") String timeline,
            @QueryParam("page") @Size(max = Limits.NUMBER) String page,
            @QueryParam("size") @Size(max = Limits.NUMBER) String size,
            @Parameter(description = TimelineResource.KNOWN_AT) @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt,
            @Parameter(description = "EDTF date: only the events certainly occurred by then") @QueryParam("asOf")
            @Size(max = Limits.DATE) String asOf) {
        return events.list(timeline, Params.asOf(asOf, knownAt, clock.now()), PageRequest.of(page, size))
                .map(found -> found.map(EventView::of));
    }

    @GET
    @Path("/{event}/versions")
    @Operation(operationId = "listEventVersions",
            summary = "Every recorded version of an event, oldest first", description = "As for timelines. "
            + "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "404", description = "No such timeline or event", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<VersionView<EventView>>> versions(@Parameter(description = TimelineResource.ID_OR_SLUG) @PathParam("timeline") String timeline, @Parameter(description = "The event's id") @PathParam("event") String id,
            @QueryParam("page") @Size(max = Limits.NUMBER) String page,
            @QueryParam("size") @Size(max = Limits.NUMBER) String size) {
        UUID eventId = TimelineResource.requiredId(id);
        PageRequest request = PageRequest.of(page, size);
        return events.versions(timeline, eventId, request).map(found -> found.map(v -> new VersionView<>(
                v.value().version, v.recordedFrom(), v.recordedTo(), v.actor(), EventView.of(v.value()))));
    }

    @GET
    @Path("/{event}")
    @Operation(operationId = "getEvent",
            summary = "Read an event", description = "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The event, with its ETag", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = "No such timeline or event", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@Parameter(description = TimelineResource.ID_OR_SLUG) @PathParam("timeline") String timeline, @Parameter(description = "The event's id") @PathParam("event") String id,
            @Parameter(description = TimelineResource.KNOWN_AT) @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt) {
        UUID eventId = TimelineResource.requiredId(id);
        return events.get(timeline, eventId, Params.asOf(null, knownAt, clock.now())).map(EventResource::ok);
    }

    @PUT
    @Path("/{event}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "replaceEvent",
            summary = "Replace an event", description = "Needs If-Match. Needs the analyst role.")
    @APIResponse(responseCode = "200", description = "Replaced; new ETag", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@Parameter(description = TimelineResource.ID_OR_SLUG) @PathParam("timeline") String timeline, @Parameter(description = "The event's id") @PathParam("event") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = EventDraft.class))) @NotNull JsonNode body) {
        return replace(timeline, id, ifMatch, current -> roundTrip.replacement(body, current, EventDraft.class));
    }

    @PATCH
    @Path("/{event}")
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchEvent", summary = "Change some fields of an event", description = "A JSON merge patch (RFC 7396) onto the "
            + "event as GET shows it, then the same checks, rules and audit as PUT. Needs If-Match and the analyst role.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = EventDraft.class)))
    @APIResponse(responseCode = "200", description = "Changed; new ETag", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A server-managed field contradicts the event", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> patch(@Parameter(description = TimelineResource.ID_OR_SLUG) @PathParam("timeline") String timeline, @Parameter(description = "The event's id") @PathParam("event") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull JsonNode patch) {
        return replace(timeline, id, ifMatch, current -> roundTrip.patched(patch, current, EventDraft.class));
    }

    /** PUT and PATCH: the draft is read against the event as GET shows it, after the If-Match check. */
    private Uni<Response> replace(String timeline, String id, String ifMatch, Function<EventView, EventDraft> draftOf) {
        UUID eventId = TimelineResource.requiredId(id);
        return ETags.replaceIfMatch(ifMatch, events.get(timeline, eventId), current -> current.version,
                (current, version) -> events.update(timeline, eventId, version, draftOf.apply(EventView.of(current))))
                .map(EventResource::ok);
    }

    @DELETE
    @Path("/{event}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "archiveEvent",
            summary = "Archive an event", description = "Nothing is deleted; it leaves the timeline. If-Match is "
            + "checked when given. Needs the editor role.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> archive(@Parameter(description = TimelineResource.ID_OR_SLUG) @PathParam("timeline") String timeline, @Parameter(description = "The event's id") @PathParam("event") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var eventId = TimelineResource.requiredId(id);
        return events.archive(timeline, eventId, ifMatch == null ? null : ETags.required(ifMatch)).map(EventResource::ok);
    }

    private static Response ok(Event event) {
        return Response.ok(EventView.of(event)).header(HttpHeaders.ETAG, ETags.of(event.version)).build();
    }
}
