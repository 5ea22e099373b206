package io.claimtrail.claims.api;

import io.claimtrail.claims.domain.AssessmentService;
import io.claimtrail.claims.domain.Calibration;
import io.claimtrail.claims.domain.ClaimDraft;
import io.claimtrail.claims.domain.ClaimKind;
import io.claimtrail.claims.domain.ClaimService;
import io.claimtrail.claims.domain.ClaimStatus;
import io.claimtrail.claims.domain.MatchService;
import io.claimtrail.claims.domain.RelationDraft;
import io.claimtrail.claims.domain.RelationService;
import io.claimtrail.claims.domain.StoryQuery;
import io.claimtrail.claims.domain.SuggestionService;
import io.claimtrail.claims.domain.TrackRecord;
import io.claimtrail.claims.domain.RollUp;
import io.claimtrail.claims.domain.TrackRecordService;
import io.claimtrail.claims.domain.TransitionDraft;
import io.claimtrail.claims.domain.WithdrawalDraft;
import io.claimtrail.claims.domain.TransitionService;
import io.claimtrail.claims.store.ClaimQueries;
import io.claimtrail.claims.store.SearchWindow;
import io.claimtrail.claims.store.ClaimRows;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.MergePatch;
import io.claimtrail.common.api.RoundTrip;
import io.claimtrail.common.api.VersionView;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.Params;
import io.claimtrail.common.api.Problem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.audit.AuditView;
import io.claimtrail.common.security.Roles;
import io.claimtrail.common.text.Storable;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * HTTP face of the claims: maps requests to the domain services and back. Reading (lookup and story queries included)
 * needs the viewer role, recording, describing and relating claims the analyst role, transitions (status and
 * credibility), archiving and the audit the editor role. Whoever writes is the token's subject.
 */
@Path("/claims")
@RolesAllowed(Roles.VIEWER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Attributed statements, their evidence, status history and relations")
public class ClaimResource {

    /** A date or timestamp in a query parameter is short; longer text is refused before it is parsed. */
    private static final int MAX_DATE_LENGTH = 64;
    private static final int MAX_WINDOW_DAYS = 3650;
    private static final int MAX_MATCHES = 20;
    /** Shown on a claim, and in its draft for creation only: a replacement may repeat them, never change them. */
    private static final String[] STATUS_FIELDS = { "credibility" };

    private final ClaimService claims;
    private final TransitionService transitions;
    private final RelationService relations;
    private final TrackRecordService trackRecords;
    private final RollUp rollUp;
    private final StoryQuery storyQuery;
    private final AssessmentService assessments;
    private final SuggestionService suggestions;
    private final MatchService matcher;
    private final Clock clock;
    private final String reviewer;
    private final RoundTrip roundTrip;

    public ClaimResource(ClaimService claims, TransitionService transitions, RelationService relations,
            TrackRecordService trackRecords, RollUp rollUp, StoryQuery storyQuery, AssessmentService assessments,
            SuggestionService suggestions, MatchService matcher, Clock clock, RoundTrip roundTrip,
            @ConfigProperty(name = "claimtrail.review.organisation", defaultValue = "Claimtrail") String reviewer) {
        this.roundTrip = roundTrip;
        this.clock = clock;
        this.claims = claims;
        this.transitions = transitions;
        this.relations = relations;
        this.trackRecords = trackRecords;
        this.rollUp = rollUp;
        this.storyQuery = storyQuery;
        this.assessments = assessments;
        this.suggestions = suggestions;
        this.matcher = matcher;
        this.reviewer = reviewer;
    }

    @POST
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "createClaim",
            summary = "Record a claim", description = "The source and every publisher are checked in one call to "
            + "the sources service, with the caller's token, before anything is stored. The claim starts UNVERIFIED. "
            + "Needs the analyst role; a starting credibility other than 6 needs the editor role.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ClaimDraft.class), examples = @ExampleObject(name = "forecast", value = Examples.CLAIM_INPUT)))
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag set. possibleDuplicates lists up to 5 "
            + "recorded claims it may duplicate (as POST /claims/similar finds them)", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an analyst, or a credibility set without the editor role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown sourceId or publisherId", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The sources service refused the caller's token: the services' token settings disagree; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The sources service is unavailable; nothing stored; Retry-After set", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@NotNull @Valid ClaimDraft body, UriInfo uri) {
        return claims.create(body).map(created -> Response
                .created(uri.getBaseUriBuilder().path("claims").path(created.claim().id.toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(created.claim().version))
                .entity(ClaimView.of(created.claim()).withPossibleDuplicates(created.possibleDuplicates() == null ? null
                        : created.possibleDuplicates().stream().map(MatchView::of).toList())).build());
    }

    @POST
    @Path("/similar")
    @Operation(operationId = "findSimilarClaims", summary = "The recorded claims most like some texts",
            description = "For each of up to 100 texts (with its speaker and date when known): the recorded claims of "
            + "the same speaker, or of the institutions it spoke for on statedOn (its affiliations in force then, at "
            + "any depth; one call to the sources service), stated within windowDays of statedOn; without sourceId "
            + "the claims of every source, without statedOn those of every day. Ranked by score, which combines "
            + "PostgreSQL trigram similarity and full-text rank. A match of opposite polarity (\"will cut\" / \"will "
            + "not cut\") is reported but never a duplicate. asOf / knownAt match against the claims as the record "
            + "stood then (see GET /claims/{id}). A read: needs the viewer role.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SimilarRequest.class), examples = @ExampleObject(name = "a quote", value = Examples.SIMILAR_INPUT)))
    @APIResponse(responseCode = "200", description = "For each text, by index, its matches best first", content = @Content(schema = @Schema(implementation = SimilarResponse.class)))
    @APIResponse(responseCode = "400", description = "An invalid field, named like items[3].text", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The sources service cannot name the speakers' institutions; Retry-After set", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SimilarResponse> similar(@NotNull @Valid SimilarRequest body) {
        AsOf view = AsOf.of(Params.lastDay("asOf", body.asOf()), body.knownAt(), clock.now());
        List<MatchService.Probe> probes = body.items().stream()
                .map(item -> new MatchService.Probe(item.text(), item.sourceId(), item.statedOn())).toList();
        return matcher.similar(probes, windowDays(body.windowDays()), body.limit() == null ? MatchService.DEFAULT_LIMIT
                : body.limit(), view).map(found -> {
                    List<SimilarResponse.Item> items = new java.util.ArrayList<>();
                    for (int i = 0; i < found.size(); i++) {
                        items.add(new SimilarResponse.Item(i, found.get(i).stream().map(MatchView::of).toList()));
                    }
                    return new SimilarResponse(items);
                });
    }

    @GET
    @Path("/{id}/similar")
    @Operation(operationId = "findClaimsLikeClaim", summary = "The recorded claims most like this one",
            description = "As POST /claims/similar for this claim's text, source and statedOn (as the view reads "
            + "it), leaving the claim itself out. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The matches, best first", content = @Content(schema = @Schema(implementation = MatchView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A bad windowDays, limit, asOf or knownAt", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim, or not yet stated/recorded then", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The sources service cannot name the speaker's institutions; Retry-After set", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<MatchView>> similarTo(@PathParam("id") String id,
            @Parameter(description = "0 to 3650, 30 by default") @QueryParam("windowDays") String windowDays,
            @Parameter(description = "1 to 20, 5 by default") @QueryParam("limit") String limit,
            @Parameter(description = "EDTF date, e.g. 2024-07-02") @QueryParam("asOf") @Size(max = MAX_DATE_LENGTH) String asOf,
            @Parameter(description = "ISO-8601 timestamp") @QueryParam("knownAt") @Size(max = MAX_DATE_LENGTH) String knownAt) {
        UUID claimId = claimId(id);
        List<FieldProblem> errors = new java.util.ArrayList<>();
        int window = Params.integer("windowDays", windowDays, MatchService.DEFAULT_WINDOW_DAYS, 0, MAX_WINDOW_DAYS, errors);
        int most = Params.integer("limit", limit, MatchService.DEFAULT_LIMIT, 1, MAX_MATCHES, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        AsOf view = view(asOf, knownAt);
        return claims.get(claimId, view).chain(snapshot -> matcher.similarTo(snapshot.claim(), window, most, view))
                .map(found -> found.stream().map(MatchView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaim",
            summary = "Read a claim, now or as of a day", description = "asOf (an EDTF date; its last day "
            + "counts) gives the claim as the public record stood then: 404 unless it was certainly stated by then, "
            + "and the status of the last transition effective by then. knownAt (a timestamp) does the same with "
            + "what this system had recorded at that moment. Both combine. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The claim, with its ETag", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim, or not yet stated/recorded then", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("id") String id,
            @Parameter(description = "EDTF date, e.g. 2024-07-02") @QueryParam("asOf") @Size(max = MAX_DATE_LENGTH) String asOf,
            @Parameter(description = "ISO-8601 timestamp, e.g. 2024-07-02T12:00:00Z") @QueryParam("knownAt") @Size(max = MAX_DATE_LENGTH) String knownAt) {
        AsOf view = view(asOf, knownAt);
        UUID claimId = claimId(id);
        // A suggestion changes without a new version of the claim, so it is part of the tag If-None-Match compares.
        return shown(claimId, view).map(claim -> Response.ok(claim).header(HttpHeaders.ETAG, ETags.of(claim.version(),
                claim.suggestion() == null ? null : claim.suggestion().id().toString().substring(0, 8))).build());
    }

    /** The claim as GET shows it: with the suggestion of the evidence, if any (one statement). */
    private Uni<ClaimView> shown(UUID claimId, AsOf view) {
        return claims.show(claimId, view).map(shown -> ClaimView.of(shown.claim()).with(shown.suggestion()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "replaceClaim",
            summary = "Replace a claim's descriptive fields", description = "Needs If-Match. Status and "
            + "credibility change only through transitions. The claim as GET returned it is accepted: the fields the "
            + "server manages (id, version, status, credibility, timestamps, derived labels...) are ignored when they "
            + "equal the stored ones and a 409 naming them when they differ. Needs the analyst role.")
    @APIResponse(responseCode = "409", description = "A server-managed field contradicts the claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Replaced; new ETag", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = ClaimDraft.class))) @NotNull JsonNode body) {
        return replace(id, ifMatch, current -> roundTrip.replacement(body, current, ClaimDraft.class, STATUS_FIELDS));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchClaim", summary = "Change some descriptive fields of a claim", description = "A JSON merge patch (RFC 7396) "
            + "onto the claim as GET shows it, then the same checks, rules and audit as PUT. Status and credibility "
            + "change only through transitions. Needs If-Match and the analyst role.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ClaimDraft.class)))
    @APIResponse(responseCode = "200", description = "Changed; new ETag", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A server-managed field contradicts the claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return replace(id, ifMatch, current -> roundTrip.patched(patch, current, ClaimDraft.class, STATUS_FIELDS));
    }

    /** PUT and PATCH: the draft is read against the claim as GET shows it, after the If-Match check. */
    private Uni<Response> replace(String id, String ifMatch, Function<ClaimView, ClaimDraft> draftOf) {
        UUID claimId = claimId(id);
        return ETags.replaceIfMatch(ifMatch, shown(claimId, view(null, null)), ClaimView::version,
                (current, version) -> claims.update(claimId, version, draftOf.apply(current))).map(ClaimResource::ok);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "archiveClaim",
            summary = "Archive a claim", description = "Nothing is deleted: the claim stays readable with its "
            + "reason and leaves listings unless includeArchived=true. A withdrawn claim is better RETRACTED. "
            + "If-Match is checked when given. Needs the editor role.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> archive(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Why it is archived (required)") @QueryParam("reason") @Size(max = 1000) String reason) {
        UUID claimId = claimId(id);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required, at most 1000 characters");
        }
        Storable.param("reason", reason);
        Long version = ifMatch == null ? null : ETags.required(ifMatch);
        return claims.archive(claimId, version, reason.strip()).map(ClaimResource::ok);
    }

    @GET
    @Operation(operationId = "listClaims",
            summary = "List and search claims", description = "topic may repeat (any of them matches); "
            + "statedFrom/statedTo keep claims whose statedOn may overlap; asOf and knownAt give every claim as it "
            + "stood then (see GET /claims/{id}). Without q, claims are ordered by statedOn, total counts them all "
            + "and every page can be read. q is full-text, matched as words (quotes, %, _ and backslashes are no "
            + "wildcards or syntax); a search considers at most the " + SearchWindow.SIZE + " most recent matches "
            + "(latest statedOn first, open starts last) and lists them best match first. When more claims match, "
            + "total is " + SearchWindow.SIZE + " and totalExact is false; a page reaching past the first "
            + SearchWindow.SIZE + " ((page + 1) * size > " + SearchWindow.SIZE + ") is a 400: narrow the search "
            + "with topic, sourceId, kind or statedFrom/statedTo instead. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}, and totalExact: false "
            + "when a search matched more than it considers")
    @APIResponse(responseCode = "400", description = "A bad filter, or a search page past the matches it considers", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ClaimView>> list(
            @Parameter(description = "Up to 50 topics of at most 64 characters each") @QueryParam("topic")
            @Size(max = 50) List<@Size(max = 64) String> topic,
            @QueryParam("sourceId") String sourceId,
            @Parameter(schema = @Schema(implementation = ClaimStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = ClaimKind.class)) @QueryParam("kind") String kind,
            @QueryParam("q") @Size(max = 500) String q,
            @QueryParam("statedFrom") @Size(max = MAX_DATE_LENGTH) String statedFrom,
            @QueryParam("statedTo") @Size(max = MAX_DATE_LENGTH) String statedTo,
            @QueryParam("asOf") @Size(max = MAX_DATE_LENGTH) String asOf,
            @QueryParam("knownAt") @Size(max = MAX_DATE_LENGTH) String knownAt,
            @QueryParam("includeArchived") String includeArchived,
            @Parameter(description = "true: only claims whose evidence suggests another status or credibility; "
                    + "false: only the others") @QueryParam("hasSuggestion") String hasSuggestion,
            @Parameter(description = "With sourceId: also the claims of the people and offices that spoke for it on "
                    + "each claim's statedOn, at any depth (one call to the sources service)")
            @QueryParam("includeMembers") String includeMembers,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Storable.param("q", q);
        if (topic != null) {
            topic.forEach(one -> Storable.param("topic", one));
        }
        ClaimQueries.Filter filter = new ClaimQueries.Filter(topic, Params.uuid("sourceId", sourceId),
                Params.enumValue("status", status, ClaimStatus.class), Params.enumValue("kind", kind, ClaimKind.class),
                q, Params.partialDate("statedFrom", statedFrom), Params.partialDate("statedTo", statedTo),
                view(asOf, knownAt),
                Boolean.TRUE.equals(Params.bool("includeArchived", includeArchived)),
                Params.bool("hasSuggestion", hasSuggestion), null);
        if (filter.hasSuggestion() != null && filter.asOf() != null) {
            throw ProblemException.invalid("hasSuggestion", "filters on the suggestions as recorded (now, or at "
                    + "knownAt), not as of a day: drop asOf, or read GET /claims/{id}/assessment?asOf=");
        }
        PageRequest paging = PageRequest.of(page, size);
        if (q != null && !q.isBlank()) {
            paging.requireWithin(SearchWindow.SIZE, "a search lists at most its " + SearchWindow.SIZE
                    + " most recent matches, and this page reaches past them: narrow the search with topic, sourceId, "
                    + "kind or statedFrom/statedTo");
        }
        boolean members = Boolean.TRUE.equals(Params.bool("includeMembers", includeMembers));
        if (members && filter.sourceId() == null) {
            throw ProblemException.invalid("includeMembers", "needs sourceId: whose members to include");
        }
        Uni<ClaimQueries.Filter> rolled = !members ? Uni.createFrom().item(filter)
                : rollUp.windows(filter.sourceId(), filter.view(), true).map(filter::withMembers);
        return rolled.chain(f -> claims.list(f, paging)).chain(found -> suggestions.of(found.items().stream()
                .map(s -> s.claim().id).toList(), filter.view())
                .map(suggested -> found.map(s -> ClaimView.of(s).with(suggested.get(s.claim().id)))));
    }

    @POST
    @Path("/lookup")
    @Operation(operationId = "lookupClaims",
            summary = "Fetch up to 1000 claims in one call", description = "For the timelines service; with "
            + "asOf / knownAt each claim is given as it stood then. A read: needs the viewer role.")
    @APIResponse(responseCode = "200", description = "Found, missing and not-yet claims", content = @Content(schema = @Schema(implementation = LookupResponse.class)))
    public Uni<LookupResponse> lookup(@NotNull @Valid LookupRequest body) {
        return claims.lookup(body.ids(), AsOf.of(Params.lastDay("asOf", body.asOf()), body.knownAt(), clock.now()))
                .map(found -> new LookupResponse(found.found().stream().map(ClaimView::of).toList(), found.missing(),
                        found.notYet()));
    }

    @POST
    @Path("/query")
    @Operation(operationId = "queryStoryClaims",
            summary = "A story's claims with relations and history, up to 1000 per page", description = "For the "
            + "timelines service: live claims with any of the topics or one of the pinned ids, ordered by statedOn "
            + "(earliest bound, open first; then latest bound; then id), as of asOf / knownAt; relations and "
            + "transitions visible then are included when asked. Pages follow by cursor: pass the `next` of a page "
            + "as `after` until it is null; with includeMarks the first page also gives marks, from which the rest can "
            + "be read in ranges at the same time (after one mark, until the next). sourceId keeps the claims of that source; with includeMembers also those "
            + "of the people and offices that spoke for it on each claim's statedOn, at any depth (one call to the "
            + "sources service). fields=ENTRY leaves out of each claim what a timeline entry does not show. A read: "
            + "needs the viewer role.")
    @APIResponse(responseCode = "200", description = "One page: {items, size, next}", content = @Content(schema = @Schema(implementation = StoryPageView.class)))
    @APIResponse(responseCode = "400", description = "No topics nor pinned ids, a cursor (after, until) this service did not give, or includeMembers without sourceId", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<StoryPageView> query(@NotNull @Valid StoryQueryRequest body) {
        if ((body.topics() == null || body.topics().isEmpty()) && (body.pinnedIds() == null || body.pinnedIds().isEmpty())) {
            throw ProblemException.invalid("topics", "give topics or pinnedIds: a story is not every claim");
        }
        boolean members = Boolean.TRUE.equals(body.includeMembers());
        if (members && body.sourceId() == null) {
            throw ProblemException.invalid("includeMembers", "needs sourceId: whose members to include");
        }
        int size = body.size() == null ? 1000 : body.size();
        return storyQuery.page(body.topics() == null ? List.of() : body.topics(),
                        body.pinnedIds() == null ? List.of() : body.pinnedIds(),
                        AsOf.of(Params.lastDay("asOf", body.asOf()), body.knownAt(), clock.now()),
                        new StoryQuery.Speaker(body.sourceId(), members), new StoryQuery.Span(body.after(), body.until()),
                        size, Boolean.TRUE.equals(body.includeRelations()), Boolean.TRUE.equals(body.includeHistory()),
                        Boolean.TRUE.equals(body.includeMarks()))
                .map(found -> new StoryPageView(found.items().stream().map(item -> StoryClaimView.of(item, body.fields()))
                        .toList(), size, found.next(), found.marks()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "transitionClaim",
            summary = "Change a claim's status or credibility", description = "Needs If-Match. The move must "
            + "follow the status graph (UNVERIFIED to any; CONFIRMED only to DISPUTED or REFUTED; RETRACTED is "
            + "final); an illegal one is 409 naming the allowed moves. to, reason and effectiveOn are required. "
            + "Needs the editor role.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TransitionDraft.class), examples = @ExampleObject(name = "disputed", value = Examples.TRANSITION_INPUT)))
    @APIResponse(responseCode = "200", description = "The claim after the move; new ETag", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "409", description = "Not an allowed move", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> transition(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionDraft body) {
        UUID claimId = claimId(id);
        // The claim and the claims it bears on are assessed again once the move is recorded (their suggestions).
        return transitions.transition(claimId, ETags.required(ifMatch), body)
                .call(claim -> suggestions.refreshAround(claimId)).map(ClaimResource::ok);
    }

    @POST
    @Path("/{id}/transitions/{transitionId}/withdrawal")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "withdrawTransition",
            summary = "Withdraw a transition entered wrongly", description = "Needs If-Match (the claim's ETag) "
            + "and a reason. The transition stays in the history, marked withdrawn; the claim stands on the rest of its "
            + "chain, which must stay legal (409 naming the later transition otherwise). Reads as known before the "
            + "withdrawal still see the transition in force. The first transition cannot be withdrawn. Needs the "
            + "editor role.")
    @APIResponse(responseCode = "200", description = "The claim after the withdrawal; new ETag", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim or transition", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn, the first transition, or the rest of the chain would break", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> withdraw(@PathParam("id") String id, @PathParam("transitionId") String transitionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid WithdrawalDraft body) {
        UUID claimId = claimId(id);
        UUID transition = Params.requiredUuid("transitionId", transitionId);
        return transitions.withdraw(claimId, transition, ETags.required(ifMatch), body.reason().strip())
                .call(claim -> suggestions.refreshAround(claimId)).map(ClaimResource::ok);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getClaimHistory",
            summary = "Every transition of a claim, in the order they took effect", description = "The first "
            + "records how the claim was entered; then by effective date, back-dated ones where they belong. None is "
            + "ever deleted: a withdrawn one carries `withdrawn`. knownAt gives the history as recorded then "
            + "(withdrawals made later not yet shown); asOf keeps the transitions effective by that day. Needs the "
            + "viewer role.")
    public Uni<List<TransitionView>> history(@PathParam("id") String id,
            @QueryParam("asOf") @Size(max = MAX_DATE_LENGTH) String asOf,
            @QueryParam("knownAt") @Size(max = MAX_DATE_LENGTH) String knownAt) {
        AsOf view = view(asOf, knownAt);
        return transitions.history(claimId(id), view).map(list -> list.stream()
                .filter(t -> view.stated(t.effectiveLatest)).map(t -> TransitionView.of(t, view)).toList());
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listClaimVersions",
            summary = "Every recorded version of a claim, oldest first", description = "Each write (creation, "
            + "edit, archiving, transition, withdrawal) makes a version: its number (as in the ETag), when it was "
            + "recorded and replaced, who wrote it, and the claim as this API showed it then. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<VersionView<ClaimView>>> versions(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        UUID claimId = claimId(id);
        return claims.versions(claimId, PageRequest.of(page, size)).map(found -> found.map(ClaimResource::version));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(operationId = "getClaimVersion",
            summary = "One recorded version of a claim", description = "As in GET /claims/{id}/versions. Needs "
            + "the viewer role.")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such claim or version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<VersionView<ClaimView>> version(@PathParam("id") String id, @PathParam("version") String version) {
        UUID claimId = claimId(id);
        int number = Params.version("version", version);
        return claims.version(claimId, number).map(ClaimResource::version);
    }

    @POST
    @Path("/{id}/relations")
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "relateClaim",
            summary = "Relate this claim to another", description = "\"this <type> target\", e.g. the "
            + "Pentagon's briefing NO_EVIDENCE_FOR TV Chosun's report. No self-relations or exact duplicates; only "
            + "a claim of the same source RETRACTS another. Needs the analyst role.")
    @APIResponse(responseCode = "201", description = "Related", content = @Content(schema = @Schema(implementation = RelationView.class)))
    @APIResponse(responseCode = "409", description = "A duplicate, or a retraction by another source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown target claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> relate(@PathParam("id") String id, @NotNull @Valid RelationDraft body) {
        UUID from = claimId(id);
        // The claims whose evidence the relation changes are assessed again once it is recorded (their suggestions).
        return relations.relate(from, body)
                .call(linked -> suggestions.refreshAfterRelation(linked.relation()))
                .map(linked -> Response.status(201).entity(RelationView.of(linked)).build());
    }

    @GET
    @Path("/{id}/relations")
    @Operation(operationId = "listClaimRelations",
            summary = "The relations of a claim in both directions", description = "With the other claim's "
            + "text and status; asOf / knownAt as for GET /claims/{id}. Needs the viewer role.")
    public Uni<List<RelationView>> relations(@PathParam("id") String id,
            @QueryParam("asOf") @Size(max = MAX_DATE_LENGTH) String asOf,
            @QueryParam("knownAt") @Size(max = MAX_DATE_LENGTH) String knownAt) {
        return relations.of(claimId(id), view(asOf, knownAt))
                .map(list -> list.stream().map(RelationView::of).toList());
    }

    @GET
    @Path("/{id}/assessment")
    @Operation(operationId = "getClaimAssessment",
            summary = "What the evidence on a claim adds up to, as of a day", description = "The claims related "
            + "to it, grouped into lines (CITES/DUPLICATES chains, one source, sources under one institution on the "
            + "claim's statedOn are one line), for and against, with their sources and their reliability on that "
            + "day (one batch call to the sources service); no-evidence statements apart (never a contradiction); "
            + "evidence that does not count and why; a suggested status and Admiralty credibility with the rule "
            + "that produced each (README, \"Assessment rules\"), and the whole in sentences. Each thing is said "
            + "once: every source in `sources`, keyed by id (lines and claims name it by `sourceId`); each line's "
            + "sentence in `explanation`, as \"Line n\" for the line numbered n; absent members are left out. "
            + "A suggestion only: statuses change through transitions. asOf / knownAt as for GET /claims/{id}. "
            + "Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "The assessment", content = @Content(schema = @Schema(implementation = AssessmentView.class), examples = @ExampleObject(name = "the seed story as of 2 July 2024", value = Examples.ASSESSMENT)))
    @APIResponse(responseCode = "404", description = "No such claim, or not yet stated/recorded then", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The sources service cannot rate the sources; Retry-After set", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AssessmentView> assessment(@PathParam("id") String id,
            @Parameter(description = "EDTF date, e.g. 2024-07-02") @QueryParam("asOf") @Size(max = MAX_DATE_LENGTH) String asOf,
            @Parameter(description = "ISO-8601 timestamp") @QueryParam("knownAt") @Size(max = MAX_DATE_LENGTH) String knownAt) {
        UUID claimId = claimId(id);
        return assessments.of(claimId, view(asOf, knownAt)).map(AssessmentView::of);
    }

    @GET
    @Path("/calibration")
    @Operation(operationId = "getCalibration",
            summary = "Are the credibility ratings calibrated?", description = "For each Admiralty credibility "
            + "level: the claims rated so before their verdict (the last rating effective by their first CONFIRMED or "
            + "REFUTED transition) that stand CONFIRMED or REFUTED, the observed rate of confirmation with its "
            + "Beta(1,1) estimate and 90 % interval, and whether the level's STIX probability (1 -> 0.9 ... 5 -> 0.1) "
            + "lies in it; and the Brier score of all rated levels. topic may repeat (any matches); asOf / knownAt "
            + "give the claims and verdicts as they stood then. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "Levels 1 to 6")
    @APIResponse(responseCode = "400", description = "A bad topic, asOf or knownAt", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Calibration> calibration(
            @Parameter(description = "Up to 50 topics of at most 64 characters each") @QueryParam("topic")
            @Size(max = 50) List<@Size(max = 64) String> topic,
            @QueryParam("asOf") @Size(max = MAX_DATE_LENGTH) String asOf,
            @QueryParam("knownAt") @Size(max = MAX_DATE_LENGTH) String knownAt) {
        if (topic != null) {
            topic.forEach(one -> Storable.param("topic", one));
        }
        return trackRecords.calibration(topic == null ? List.of() : topic, view(asOf, knownAt));
    }

    @GET
    @Path("/track-records/{sourceId}")
    @Operation(operationId = "getTrackRecord",
            summary = "How a source's claims turned out", description = "Counts by status and kind; resolved = "
            + "CONFIRMED and REFUTED by the day; RETRACTED claims (withdrawn by the speaker: no verdict) and FORECASTs "
            + "past resolvesBy unconfirmed are counted apart. accuracy: confirmed of resolved, Beta(1,1)-smoothed "
            + "with a 90 % interval (2 of 2 is about 75 %, 37-98 %); accuracyRaw the plain ratio. brier: over "
            + "resolved claims (expired forecasts as not come true) whose credibility when made stated a probability "
            + "(STIX: 1 -> 0.9 ... 5 -> 0.1). leadTimes: days from statedOn to confirmation. asOf / knownAt give the "
            + "record as it stood then. includeMembers=true adds the claims of the people and offices that spoke for "
            + "the source on each claim's statedOn, at any depth (one call to the sources service). Needs the viewer "
            + "role.")
    @APIResponse(responseCode = "200", description = "The track record")
    @APIResponse(responseCode = "400", description = "A bad sourceId, asOf, knownAt or includeMembers", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "includeMembers and the sources service is unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TrackRecord> trackRecord(@PathParam("sourceId") String sourceId,
            @QueryParam("asOf") @Size(max = MAX_DATE_LENGTH) String asOf,
            @QueryParam("knownAt") @Size(max = MAX_DATE_LENGTH) String knownAt,
            @QueryParam("includeMembers") String includeMembers) {
        UUID source = Params.requiredUuid("sourceId", sourceId);
        return trackRecords.of(source, view(asOf, knownAt),
                Boolean.TRUE.equals(Params.bool("includeMembers", includeMembers)));
    }

    @GET
    @Path("/{id}/claimreview")
    @Produces({ "application/ld+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "getClaimReview",
            summary = "The claim and its verdict as schema.org ClaimReview JSON-LD", description = "Names the "
            + "author and publishers through the sources service, with the caller's token. Needs the viewer role.")
    @APIResponse(responseCode = "200", description = "ClaimReview JSON-LD", content = @Content(mediaType = "application/ld+json", examples = @ExampleObject(name = "review", value = Examples.CLAIM_REVIEW)))
    @APIResponse(responseCode = "503", description = "The sources service cannot name the author", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Map<String, Object>> claimReview(@PathParam("id") String id,
            @QueryParam("asOf") @Size(max = MAX_DATE_LENGTH) String asOf,
            @QueryParam("knownAt") @Size(max = MAX_DATE_LENGTH) String knownAt, UriInfo uri) {
        UUID claimId = claimId(id);
        return claims.reviewed(claimId, view(asOf, knownAt)).map(r -> ClaimReviews.of(r.claim(), r.latest(), r.sources(),
                uri.getBaseUriBuilder().path("claims").path(claimId.toString()).path("claimreview").build(), reviewer));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "listClaimAudit",
            summary = "Every write to this claim", description = "Oldest first: who (the token's subject), when, "
            + "what, and the state before and after as this API showed it: the claim when it was created, updated, "
            + "archived or transitioned (entityId is then the transition's id), each relation from either end as "
            + "seen from this claim. Needs the editor role.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<AuditView>> audit(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        UUID claimId = claimId(id);
        return claims.audit(claimId, PageRequest.of(page, size));
    }

    private static Response ok(io.claimtrail.claims.domain.Claim claim) {
        return Response.ok(ClaimView.of(claim)).header(HttpHeaders.ETAG, ETags.of(claim.version)).build();
    }

    private static int windowDays(Integer days) {
        return days == null ? MatchService.DEFAULT_WINDOW_DAYS : days;
    }

    private static UUID claimId(String id) {
        return Params.requiredUuid("id", id);
    }

    private AsOf view(String asOf, String knownAt) {
        return Params.asOf(asOf, knownAt, clock.now());
    }

    private static VersionView<ClaimView> version(ClaimRows.Version found) {
        return new VersionView<>(found.claim().version, found.recordedFrom(), found.recordedTo(), found.actor(),
                ClaimView.of(found.claim()));
    }

}
