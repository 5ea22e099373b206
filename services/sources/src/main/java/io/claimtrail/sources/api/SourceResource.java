package io.claimtrail.sources.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.MergePatch;
import io.claimtrail.common.api.RoundTrip;
import io.claimtrail.common.api.VersionView;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.sources.domain.RatingDraft;
import io.claimtrail.sources.store.SourceRows;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.Params;
import io.claimtrail.common.api.Problem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.audit.AuditView;
import io.claimtrail.common.security.Roles;
import io.claimtrail.common.text.PlainText;
import io.claimtrail.sources.domain.Reliability;
import io.claimtrail.sources.domain.Source;
import io.claimtrail.sources.domain.SourceDraft;
import io.claimtrail.sources.domain.SourceKind;
import io.claimtrail.sources.domain.SourceService;
import io.claimtrail.sources.domain.SpeakerResolver;
import io.claimtrail.sources.store.SourceSearch;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * HTTP face of the sources: maps requests to {@link SourceService} calls and back. Reading needs the viewer role,
 * creating and editing the analyst role, rating reliability and archiving the editor role.
 */
@Path("/sources")
@RolesAllowed(Roles.VIEWER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Outlets, institutions, offices, people and documents that make claims")
public class SourceResource {

    private static final String ID_OR_SLUG = "The source's id or slug, e.g. us-dod";
    private static final String ID = "The source's id (a slug is not accepted here)";
    private static final String AS_OF = "EDTF date, e.g. 2024-07-02: the reliability rating in force that day";
    private static final String KNOWN_AT = "ISO-8601 timestamp, e.g. 2024-07-02T12:00:00Z: the source as recorded "
            + "then (names, aliases, affiliations, ratings); one ahead of now reads as now";

    private final SourceService service;
    private final SpeakerResolver speakers;
    private final AuditLog audit;
    private final Clock clock;
    private final RoundTrip roundTrip;

    public SourceResource(SourceService service, SpeakerResolver speakers, AuditLog audit, Clock clock, RoundTrip roundTrip) {
        this.service = service;
        this.speakers = speakers;
        this.audit = audit;
        this.clock = clock;
        this.roundTrip = roundTrip;
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "createSource",
            summary = "Create a source", description = "The slug is derived from the name when absent. "
            + "Needs the analyst role; a reliability other than F needs the editor role.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SourceDraft.class), examples = {
            @ExampleObject(name = "institution", value = Examples.SOURCE_INPUT),
            @ExampleObject(name = "spokesperson", value = Examples.PERSON_INPUT) }))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = SourceView.class), examples = @ExampleObject(name = "source", value = Examples.SOURCE)))
    @APIResponse(responseCode = "400", description = "An invalid field, unknown parent or affiliation cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(responseCode = "409", description = "The slug is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@NotNull @Valid SourceDraft body, UriInfo uri) {
        return service.create(body).map(source -> Response
                .created(uri.getBaseUriBuilder().path("sources").path(source.id.toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(source.version)).entity(SourceView.of(source)).build());
    }

    @GET
    @Path("/{source}")
    @Operation(operationId = "getSource",
            summary = "Read a source by id or slug", description = "Archived sources stay readable. asOf gives "
            + "the reliability rating in force that day; knownAt the source as recorded at that moment (404 when not "
            + "yet recorded; a slug is looked up among the slugs of then). Both combine. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The source, with its ETag",
            content = @Content(schema = @Schema(implementation = SourceView.class), examples = @ExampleObject(name = "source", value = Examples.SOURCE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@Parameter(description = ID_OR_SLUG) @PathParam("source") String idOrSlug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(description = AS_OF) @QueryParam("asOf") @Size(max = 64) @PlainText String asOf,
            @Parameter(description = KNOWN_AT) @QueryParam("knownAt") @Size(max = 64) @PlainText String knownAt) {
        AsOf view = view(asOf, knownAt);
        if (!view.current()) {
            return service.get(idOrSlug, view).map(source -> Response.ok(SourceView.of(source, view))
                    .header(HttpHeaders.ETAG, ETags.of(source.version)).build());
        }
        return service.get(idOrSlug).map(source -> ETags.of(source.version).equals(ifNoneMatch)
                ? Response.notModified().header(HttpHeaders.ETAG, ETags.of(source.version)).build()
                : ok(source));
    }

    @PUT
    @Path("/{source}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "replaceSource",
            summary = "Replace a source", description = "Needs If-Match with the ETag last read. "
            + "Aliases and affiliations are replaced as given; an absent slug or reliability keeps the current one. "
            + "The source as GET returned it is accepted: the fields the server manages (id, version, timestamps, "
            + "reliabilityMeaning, archived...) are ignored when they equal the stored ones and a 409 naming them when "
            + "they differ. "
            + "Needs the analyst role; changing the reliability needs the editor role.")
    @APIResponse(responseCode = "200", description = "Replaced; new ETag", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The new slug is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@Parameter(description = ID) @PathParam("source") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = SourceDraft.class))) @NotNull JsonNode body) {
        return replace(id, ifMatch, current -> roundTrip.replacement(body, current, SourceDraft.class));
    }

    @PATCH
    @Path("/{source}")
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchSource", summary = "Change some fields of a source", description = "A JSON merge patch (RFC 7396) onto the "
            + "source as GET shows it, then the same checks, rules and audit as PUT. Needs If-Match with the ETag last "
            + "read. Needs the analyst role; changing the reliability needs the editor role.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SourceDraft.class)))
    @APIResponse(responseCode = "200", description = "Changed; new ETag", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A server-managed field contradicts the source, or the new slug is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> patch(@Parameter(description = ID) @PathParam("source") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return replace(id, ifMatch, current -> roundTrip.patched(patch, current, SourceDraft.class));
    }

    /** PUT and PATCH: the draft is read against the source as GET shows it, after the If-Match check. */
    private Uni<Response> replace(String id, String ifMatch, Function<SourceView, SourceDraft> draftOf) {
        UUID sourceId = requiredId(id);
        return ETags.replaceIfMatch(ifMatch, service.get(sourceId.toString()), current -> current.version,
                (current, version) -> service.update(sourceId, version, draftOf.apply(SourceView.of(current))))
                .map(SourceResource::ok);
    }

    @DELETE
    @Path("/{source}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "archiveSource",
            summary = "Archive a source", description = "Nothing is deleted: the source stays readable with "
            + "archived=true, because claims keep pointing at it, and leaves listings unless includeArchived=true. "
            + "If-Match is checked when given. Needs the editor role.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> archive(@Parameter(description = ID) @PathParam("source") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Why it is archived") @QueryParam("reason") @Size(max = 1000) @PlainText
            String reason) {
        UUID sourceId = requiredId(id);
        Long version = ifMatch == null ? null : ETags.required(ifMatch);
        return service.archive(sourceId, version, reason).map(SourceResource::ok);
    }

    @GET
    @Operation(operationId = "listSources",
            summary = "List or search sources", description = "Without q, sources are ordered by name, total "
            + "counts them all and every page can be read. q matches names and aliases ignoring case and accents: "
            + "equal to q, containing it, or similar to it (trigrams). A search considers at most "
            + SourceSearch.WINDOW + " matching names and aliases, the equal ones first, then those containing q, then "
            + "the similar ones (inside the last group that fits only partly, in no particular order), and lists "
            + "their sources closest first. When more match, total is the number of sources considered and "
            + "totalExact is false; a page reaching past the first " + SourceSearch.WINDOW + " ((page + 1) * size > "
            + SourceSearch.WINDOW + ") is a 400: narrow the search with kind, country or reliability, or a longer q, "
            + "instead. page counts from 0; size is at most 200. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}, and totalExact: false "
            + "when a search matched more than it considers")
    @APIResponse(responseCode = "400", description = "A bad filter or paging value, or a search page past the matches it considers", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<SourceView>> list(
            @Parameter(description = "Name or alias, e.g. pentagon, Pentagón or DoD; %, _ and \\ match themselves")
            @QueryParam("q") @Size(max = 300) @PlainText String q,
            @Parameter(schema = @Schema(implementation = SourceKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "ISO 3166-1 alpha-2") @QueryParam("country") @Size(max = 2) @PlainText String country,
            @Parameter(schema = @Schema(implementation = Reliability.class)) @QueryParam("reliability") String reliability,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("includeArchived") String includeArchived,
            @Parameter(description = AS_OF) @QueryParam("asOf") @Size(max = 64) @PlainText String asOf,
            @Parameter(description = KNOWN_AT + " (not with q)") @QueryParam("knownAt") @Size(max = 64) @PlainText String knownAt,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000000",
                    defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200",
                    defaultValue = "20")) @QueryParam("size") String size) {
        SourceSearch.Filter filter = new SourceSearch.Filter(q,
                Params.enumValue("kind", kind, SourceKind.class),
                country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT),
                Params.enumValue("reliability", reliability, Reliability.class),
                Boolean.TRUE.equals(Params.bool("includeArchived", includeArchived)), view(asOf, knownAt));
        PageRequest paging = PageRequest.of(page, size);
        if (q != null && !q.isBlank()) {
            paging.requireWithin(SourceSearch.WINDOW, "a search lists the sources of at most " + SourceSearch.WINDOW
                    + " matching names and aliases, and this page reaches past them: narrow the search with kind, "
                    + "country or reliability, or a longer q");
        }
        return service.list(filter, paging).map(found -> found.map(source -> SourceView.of(source, filter.view())));
    }

    @GET
    @Path("/resolve")
    @Operation(operationId = "resolveSource",
            summary = "Find the source a name refers to", description = "The source whose name, else one alias, "
            + "equals the given name ignoring case and accents: how imports map \"the Pentagon\" to a record. "
            + "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The source", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No source has that name", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Several sources have that name; candidates listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> resolve(@QueryParam("name") @Size(max = 300) @PlainText String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("name", "is required");
        }
        return service.resolve(name).map(SourceResource::ok);
    }

    @POST
    @Path("/match")
    @Operation(operationId = "matchSpeakers", summary = "Match the speakers of an article to sources, in one call",
            description = "For each speaker (up to " + SpeakerResolver.MAX_MENTIONS + "), the best candidates by "
            + "name and alias ignoring case and accents, each with a score in [0, 1]; a title such as \"Deputy "
            + "Pentagon Press Secretary Sabrina Singh\" gives a person, a role and an institution, and the "
            + "institution is checked against each candidate's affiliations as of statedOn. When no candidate fits "
            + "well, a new source is proposed with its likely kind. Nothing is written. Needs the viewer role.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MatchRequest.class), examples = @ExampleObject(name = "briefing", value = Examples.MATCH)))
    @APIResponse(responseCode = "200", description = "One item per speaker, in the order asked", content = @Content(schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "400", description = "An invalid field, or more than " + SpeakerResolver.MAX_MENTIONS + " speakers", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<MatchResponse> match(@NotNull @Valid MatchRequest body) {
        List<SpeakerResolver.Mention> mentions = body.items().stream()
                .map(m -> new SpeakerResolver.Mention(m.name(), m.title(), m.statedOn())).toList();
        return speakers.resolve(mentions, body.limitOrDefault()).map(MatchResponse::of);
    }

    @POST
    @Path("/lookup")
    @Operation(operationId = "lookupSources",
            summary = "Fetch up to 1000 sources by id in one call", description = "For the other services: "
            + "one call per page of rows instead of one per row. Archived sources are included. With ancestors "
            + "or members, the sources linked to them through affiliations at any depth (cycle-safe, at most "
            + SourceService.MAX_RELATED + ") come in the same answer under related. Needs the viewer role.")
    @RequestBody(content = @Content(schema = @Schema(implementation = LookupRequest.class), examples = @ExampleObject(name = "ids", value = Examples.LOOKUP)))
    @APIResponse(responseCode = "200", description = "The sources found and the ids that were not", content = @Content(schema = @Schema(implementation = LookupResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a list of UUIDs, or more than 1000", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<LookupResponse> lookup(@NotNull @Valid LookupRequest body) {
        AsOf view = AsOf.of(Params.lastDay("asOf", body.asOf()), body.knownAt(), clock.now());
        return service.lookup(body.ids(), view, Boolean.TRUE.equals(body.ancestors()),
                Boolean.TRUE.equals(body.members())).map(found -> new LookupResponse(
                found.found().stream().map(source -> SourceView.of(source, view)).toList(), found.missing(),
                found.related() == null ? null : found.related().stream().map(s -> SourceView.of(s, view)).toList()));
    }

    @POST
    @Path("/lookup/facts")
    @Operation(operationId = "lookupSourceFacts",
            summary = "The same lookup, each source only as another service weighs it", description = "As POST "
            + "/sources/lookup (same body, same ids, same related sources), each source given only by its id, name, "
            + "reliability in the view and affiliations with their dates: what the claims service's assessments and "
            + "roll-ups read of a thousand sources at once. Needs the viewer role.")
    @RequestBody(content = @Content(schema = @Schema(implementation = LookupRequest.class), examples = @ExampleObject(name = "ids", value = Examples.LOOKUP)))
    @APIResponse(responseCode = "200", description = "The sources found and the ids that were not", content = @Content(schema = @Schema(implementation = LookupFactsResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a list of UUIDs, or more than 1000", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<LookupFactsResponse> lookupFacts(@NotNull @Valid LookupRequest body) {
        AsOf view = AsOf.of(Params.lastDay("asOf", body.asOf()), body.knownAt(), clock.now());
        return service.lookup(body.ids(), view, Boolean.TRUE.equals(body.ancestors()),
                Boolean.TRUE.equals(body.members())).map(found -> new LookupFactsResponse(
                found.found().stream().map(SourceFactsView::of).toList(), found.missing(),
                found.related() == null ? null : found.related().stream().map(SourceFactsView::of).toList()));
    }

    @GET
    @Path("/{source}/affiliations")
    @Operation(operationId = "listSourceAffiliations",
            summary = "The parents this source is affiliated with, with role and dates",
            description = "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The affiliations, with their parents")
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<SourceView.AffiliationView>> affiliations(@Parameter(description = ID_OR_SLUG) @PathParam("source") String idOrSlug,
            @Parameter(description = KNOWN_AT) @QueryParam("knownAt") @Size(max = 64) @PlainText String knownAt) {
        return service.affiliations(idOrSlug, view(null, knownAt)).map(links -> links.stream()
                .map(link -> SourceView.AffiliationView.of(link.affiliation(), link.parent())).toList());
    }

    @GET
    @Path("/{source}/members")
    @Operation(operationId = "listSourceMembers",
            summary = "Who is or was affiliated with this source", description = "With asOf (an EDTF date), only "
            + "the affiliations that may have been in force then: who spoke for this institution on that date. "
            + "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The members with their roles and dates")
    @APIResponse(responseCode = "400", description = "A bad asOf", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<MemberView>> members(@Parameter(description = ID_OR_SLUG) @PathParam("source") String idOrSlug,
            @Parameter(description = "EDTF date, e.g. 2024-07-01", schema = @Schema(maxLength = 64))
            @QueryParam("asOf") String asOf,
            @Parameter(description = KNOWN_AT) @QueryParam("knownAt") @Size(max = 64) @PlainText String knownAt) {
        return service.members(idOrSlug, Params.partialDate("asOf", asOf), view(null, knownAt))
                .map(members -> members.stream().map(MemberView::of).toList());
    }

    @GET
    @Path("/{source}/audit")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "listSourceAudit",
            summary = "Every write to this source", description = "Oldest first: who (the token's subject), when, "
            + "what, and the source before and after, as this API showed it. Needs the editor role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<AuditView>> audit(@Parameter(description = ID_OR_SLUG) @PathParam("source") String idOrSlug,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000000",
                    defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200",
                    defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return service.get(idOrSlug).chain(source -> audit.history(source.id, request));
    }

    @POST
    @Path("/{source}/ratings")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "rateSource",
            summary = "Rate a source's reliability from a day", description = "Needs If-Match. Records an "
            + "Admiralty rating holding from effectiveOn (EDTF; absent: from the start), back-dated or not, with its "
            + "reason; nothing earlier is changed. The source's reliability becomes the rating in force today; reads "
            + "with asOf show the one in force that day. Needs the editor role.")
    @APIResponse(responseCode = "200", description = "The source after the rating; new ETag", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field, or an effectiveOn in the future", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> rate(@Parameter(description = ID) @PathParam("source") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RatingDraft body) {
        UUID sourceId = requiredId(id);
        long version = ETags.required(ifMatch);
        return service.rate(sourceId, version, body).map(SourceResource::ok);
    }

    @GET
    @Path("/{source}/ratings")
    @Operation(operationId = "listSourceRatings",
            summary = "A source's reliability ratings, in the order they take effect", description = "Each with "
            + "its effectiveOn, reason, rater and when it was recorded; knownAt keeps those recorded by then. Needs the "
            + "viewer role.")
    @APIResponse(responseCode = "200", description = "The ratings, in the order they take effect")
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<RatingView>> ratings(@Parameter(description = ID_OR_SLUG) @PathParam("source") String idOrSlug,
            @Parameter(description = KNOWN_AT) @QueryParam("knownAt") @Size(max = 64) @PlainText String knownAt) {
        return service.ratings(idOrSlug, view(null, knownAt)).map(list -> list.stream().map(RatingView::of).toList());
    }

    @GET
    @Path("/{source}/versions")
    @Operation(operationId = "listSourceVersions",
            summary = "Every recorded version of a source, oldest first", description = "Each write (creation, "
            + "replacement, archiving, rating) makes a version: its number (as in the ETag), when it was recorded and "
            + "replaced, who wrote it, and the source as this API showed it then. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<VersionView<SourceView>>> versions(@Parameter(description = ID_OR_SLUG) @PathParam("source") String idOrSlug,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000000",
                    defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200",
                    defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return service.versions(idOrSlug, request).map(found -> found.map(SourceResource::version));
    }

    @GET
    @Path("/{source}/versions/{version}")
    @Operation(operationId = "getSourceVersion",
            summary = "One recorded version of a source", description = "As in GET /sources/{source}/versions. "
            + "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such source or version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<VersionView<SourceView>> version(@Parameter(description = ID_OR_SLUG) @PathParam("source") String idOrSlug,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @PathParam("version") String version) {
        int number = Params.version("version", version);
        return service.version(idOrSlug, number).map(SourceResource::version);
    }

    private AsOf view(String asOf, String knownAt) {
        return Params.asOf(asOf, knownAt, clock.now());
    }

    private static VersionView<SourceView> version(SourceRows.Version found) {
        return new VersionView<>(found.source().version, found.recordedFrom(), found.recordedTo(), found.actor(),
                SourceView.of(found.source()));
    }

    private static Response ok(Source source) {
        return Response.ok(SourceView.of(source)).header(HttpHeaders.ETAG, ETags.of(source.version)).build();
    }

    private static UUID requiredId(String id) {
        return Params.requiredUuid("id", id);
    }
}
