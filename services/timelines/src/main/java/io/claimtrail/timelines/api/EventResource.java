package io.claimtrail.timelines.api;

import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.Problem;
import io.claimtrail.timelines.domain.Event;
import io.claimtrail.timelines.domain.EventDraft;
import io.claimtrail.timelines.domain.EventService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of a timeline's events. */
@Path("/timelines/{timeline}/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Things that happened, as opposed to things someone said")
public class EventResource {

    private final EventService events;

    public EventResource(EventService events) {
        this.events = events;
    }

    @POST
    @Operation(summary = "Add an event to a timeline", description = "Its sources and claims must exist.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "422", description = "An unknown source or claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@PathParam("timeline") String timeline, @NotNull @Valid EventDraft body, UriInfo uri) {
        return events.create(timeline, body).map(e -> Response
                .created(uri.getBaseUriBuilder().path("timelines").path(e.timelineId.toString()).path("events")
                        .path(e.id.toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(e.version)).entity(EventView.of(e)).build());
    }

    @GET
    @Operation(summary = "The live events of a timeline in the order they occurred")
    public Uni<Page<EventView>> list(@PathParam("timeline") String timeline, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return events.list(timeline, PageRequest.of(page, size)).map(found -> found.map(EventView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an event")
    public Uni<Response> get(@PathParam("timeline") String timeline, @PathParam("id") String id) {
        return events.get(timeline, TimelineResource.requiredId(id)).map(EventResource::ok);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an event", description = "Needs If-Match.")
    public Uni<Response> update(@PathParam("timeline") String timeline, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid EventDraft body) {
        var eventId = TimelineResource.requiredId(id);
        return events.update(timeline, eventId, ETags.required(ifMatch), body).map(EventResource::ok);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Archive an event", description = "Nothing is deleted; it leaves the timeline.")
    public Uni<Response> archive(@PathParam("timeline") String timeline, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var eventId = TimelineResource.requiredId(id);
        return events.archive(timeline, eventId, ifMatch == null ? null : ETags.required(ifMatch)).map(EventResource::ok);
    }

    private static Response ok(Event event) {
        return Response.ok(EventView.of(event)).header(HttpHeaders.ETAG, ETags.of(event.version)).build();
    }
}
