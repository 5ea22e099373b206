package io.claimtrail.timelines.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.Params;
import io.claimtrail.common.security.Roles;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.timelines.client.ClaimPanels;
import io.claimtrail.timelines.domain.Assembled;
import io.claimtrail.timelines.domain.Assembler;
import io.claimtrail.timelines.domain.Entry;
import io.claimtrail.timelines.domain.StoryStrip;
import io.claimtrail.timelines.domain.Timeline;
import io.claimtrail.timelines.domain.TimelineService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * The story page: {@code /timelines/view} lists the stories, {@code /timelines/{slug}/view} shows one and replays
 * what was known day by day. The shells load without a token and show no data; their fragments ({@code .../view/*})
 * need the viewer role like the API, and the page's script asks for them with the token in the Authorization
 * header. A request that already carries a viewer's token (an authenticating proxy in front) gets the shell with the
 * data rendered in it, which works without JavaScript. No cookies, no sessions. HTML, not API: left out of the
 * OpenAPI document. A timeline whose slug is "view" is shadowed here; the API reaches it by id.
 */
@Path("/timelines")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Story page", description = "HTML: the story as a page that replays what was known day by day")
public class StoryPageResource {

    /** Entries per page of the list: a 10,000-claim story pages through them. */
    static final int PAGE = 100;
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    // Scripts only from this service; inline styles are allowed because the chart library sets them on its canvas.
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @CheckedTemplate(basePath = "StoryPage")
    static class Templates {
        static native TemplateInstance index(Shell shell, StoryList list);

        static native TemplateInstance list(StoryList list);

        static native TemplateInstance story(Shell shell, Entries entries);

        static native TemplateInstance entries(Entries entries);

        static native TemplateInstance entries$items(Entries entries);

        static native TemplateInstance chart(Chart chart);

        static native TemplateInstance claim(StoryPageModels.Panel panel);
    }

    /** The page around the data; {@code notice} says why no data is shown when a token came but was not enough. */
    record Shell(String title, String slug, String notice, boolean rendered, String asOf, String knownAt) {
    }

    record StoryList(List<Timeline> stories, int page, long total, String moreUrl) {
    }

    record Entries(String slug, String title, String summary, String asOf, String asOfText, String knownAt,
            boolean degraded, List<String> warnings, int events, int claims, List<StoryPageModels.Row> rows,
            int offset, int total, String nextOffset, String query) {

        public boolean empty() {
            return total == 0;
        }
    }

    record Chart(String json, String description, boolean degraded) {
    }

    private final Assembler assembler;
    private final TimelineService timelines;
    private final ClaimPanels panels;
    private final CurrentIdentityAssociation identities;
    private final ObjectMapper json;
    private final Clock clock;

    public StoryPageResource(Assembler assembler, TimelineService timelines, ClaimPanels panels,
            CurrentIdentityAssociation identities, ObjectMapper json, Clock clock) {
        this.assembler = assembler;
        this.timelines = timelines;
        this.panels = panels;
        this.identities = identities;
        this.json = json;
        this.clock = clock;
    }

    @GET
    @Path("/view")
    @PermitAll
    @Operation(hidden = true, summary = "The stories as a page", description = "Open: without a token it shows no data, and its "
            + "script loads the list with the token the reader gives. With a viewer's token the list is in the page.")
    public Uni<Response> index(@QueryParam("page") @Size(max = Limits.NUMBER) String page, HttpHeaders headers) {
        return reader(headers).chain(notice -> {
            if (notice != null) {
                return Uni.createFrom().item(html(Templates.index(new Shell("Stories", null, blankToNull(notice), false,
                        null, null), null), false));
            }
            return storyList(page).map(list -> html(Templates.index(new Shell("Stories", null, null, true, null, null),
                    list), true));
        });
    }

    @GET
    @Path("/view/list")
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true, summary = "Fragment: the stories, one page of 50")
    public Uni<Response> list(@QueryParam("page") @Size(max = Limits.NUMBER) String page) {
        return storyList(page).map(list -> html(Templates.list(list), true));
    }

    @GET
    @Path("/{slug}/view")
    @PermitAll
    @Operation(hidden = true, summary = "A story as a page", description = "Open: without a token it shows no data and says nothing "
            + "of the story, not even whether it exists; its script loads the parts with the reader's token. With a "
            + "viewer's token the entries as of asOf / known at knownAt are in the page.")
    public Uni<Response> story(@PathParam("slug") String slug,
            @QueryParam("asOf") @Size(max = Limits.DATE) String asOf,
            @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt,
            @QueryParam("offset") @Size(max = Limits.NUMBER) String offset, HttpHeaders headers) {
        String moment = moment(knownAt);
        return reader(headers).chain(notice -> {
            Shell shell = new Shell("Story", slug, blankToNull(notice), notice == null, asOf, moment);
            if (notice != null) {
                return Uni.createFrom().item(html(Templates.story(shell, null), false));
            }
            return entries(slug, asOf, moment, offset).map(entries -> html(Templates.story(new Shell(entries.title(),
                    slug, null, true, asOf, moment), entries), true));
        });
    }

    @GET
    @Path("/{slug}/view/entries")
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true, summary = "Fragment: the story's entries as of a day, 100 from offset")
    public Uni<Response> entriesFragment(@PathParam("slug") String slug,
            @QueryParam("asOf") @Size(max = Limits.DATE) String asOf,
            @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt,
            @QueryParam("offset") @Size(max = Limits.NUMBER) String offset) {
        return entries(slug, asOf, knownAt, offset).map(entries -> html(entries.offset() == 0
                ? Templates.entries(entries) : Templates.entries$items(entries), true));
    }

    @GET
    @Path("/{slug}/view/chart")
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true, summary = "Fragment: claims per status over the story's days, for the strip chart")
    public Uni<Response> chart(@PathParam("slug") String slug,
            @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt) {
        AsOf view = Params.asOf(null, knownAt, clock.now());
        return assembler.assemble(slug, view, null, null, true).map(assembled -> {
            StoryStrip strip = StoryStrip.of(assembled.entries());
            return html(Templates.chart(new Chart(script(Map.of("firstDay", String.valueOf(strip.firstDay()),
                    "lastDay", String.valueOf(strip.lastDay()), "days", strip.days().stream().map(String::valueOf).toList(),
                    "counts", strip.counts(), "degraded", assembled.degraded())), describe(strip), assembled.degraded())),
                    true);
        });
    }

    @GET
    @Path("/{slug}/view/claims/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true, summary = "Fragment: one claim opened in place: history, relations both ways, appearances, assessment")
    public Uni<Response> claim(@PathParam("slug") String slug, @PathParam("id") String id,
            @QueryParam("asOf") @Size(max = Limits.DATE) String asOf,
            @QueryParam("knownAt") @Size(max = Limits.DATE) String knownAt) {
        AsOf view = Params.asOf(asOf, knownAt, clock.now());
        return panels.of(Params.requiredUuid("id", id), view).map(found -> html(Templates.claim(
                StoryPageModels.Panel.of(id, found, view.day() == null ? "now" : StoryPageLabels.day(view.day()))),
                true));
    }

    private Uni<StoryList> storyList(String page) {
        PageRequest request = PageRequest.of(page, "50");
        return timelines.list(request, false, AsOf.NOW).map(found -> new StoryList(found.items(), found.page(),
                found.total(), (long) (request.page() + 1) * request.size() < found.total()
                        ? "/timelines/view?page=" + (request.page() + 1) : null));
    }

    private Uni<Entries> entries(String slug, String asOf, String knownAt, String offset) {
        AsOf view = Params.asOf(asOf, knownAt, clock.now());
        List<io.claimtrail.common.api.FieldProblem> errors = new java.util.ArrayList<>();
        int from = Params.integer("offset", offset, 0, 0, 10_000_000, errors);
        if (!errors.isEmpty()) {
            throw io.claimtrail.common.api.ProblemException.invalid(errors);
        }
        return assembler.assemble(slug, view, null, null, false).map(assembled -> page(assembled, view, from));
    }

    private static Entries page(Assembled assembled, AsOf view, int from) {
        List<Entry> all = assembled.entries();
        int claims = (int) all.stream().filter(e -> e.type() == Entry.Type.CLAIM).count();
        int start = Math.min(from, all.size());
        int end = Math.min(start + PAGE, all.size());
        String asOf = view.day() == null ? null : view.day().toString();
        String knownAt = view.knownAt() == null ? null : view.knownAt().toString();
        String query = query(asOf, knownAt);
        return new Entries(assembled.timeline().slug, assembled.timeline().title, assembled.timeline().summary, asOf,
                view.day() == null ? "now" : StoryPageLabels.day(view.day()), knownAt, assembled.degraded(),
                assembled.warnings(), all.size() - claims, claims,
                all.subList(start, end).stream().map(StoryPageModels.Row::of).toList(), start, all.size(),
                end < all.size() ? String.valueOf(end) : null, query);
    }

    /** The query string of a view, for the links the fragments carry: "asOf=...&knownAt=..." or "". */
    static String query(String asOf, String knownAt) {
        StringBuilder q = new StringBuilder();
        if (asOf != null) {
            q.append("asOf=").append(asOf);
        }
        if (knownAt != null) {
            q.append(q.isEmpty() ? "" : "&").append("knownAt=").append(java.net.URLEncoder.encode(knownAt,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    /**
     * Null when the request carries a token that may read (a viewer or above); else why the shell shows no data: ""
     * without a token (the script asks the reader for one), else a sentence.
     */
    private Uni<String> reader(HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().item("");
        }
        return identities.getDeferredIdentity().map(identity -> identity.isAnonymous() ? ""
                : identity.hasRole(Roles.VIEWER) ? null
                : "The token passed with this page does not have the viewer role, which reading a story needs.")
                .onFailure().recoverWithItem(e -> "The token passed with this page was refused: it is malformed, "
                        + "expired, or not issued for Claimtrail.");
    }

    /** A datetime-local value from the page's form ("2024-07-02T12:00") as an ISO instant in UTC. */
    static String moment(String knownAt) {
        if (knownAt == null || knownAt.isBlank()) {
            return null;
        }
        String k = knownAt.trim();
        if (k.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
            return k + ":00Z";
        }
        return k.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?") ? k + "Z" : k;
    }

    private String script(Object value) {
        try {
            // Inside <script type="application/json">: no "</script>" may appear in the data.
            return json.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(StoryStrip strip) {
        if (strip.days().isEmpty()) {
            return "No dated claims yet.";
        }
        int last = strip.days().size() - 1;
        StringBuilder text = new StringBuilder("Claims by status on " + StoryPageLabels.day(strip.lastDay()) + ": ");
        strip.counts().forEach((status, counts) -> text.append(counts.get(last)).append(' ')
                .append(StoryPageLabels.words(status).toLowerCase()).append(", "));
        return text.substring(0, text.length() - 2) + ". The chart shows the counts for each day from "
                + StoryPageLabels.day(strip.firstDay()) + ".";
    }

    private static String blankToNull(String notice) {
        return notice == null || notice.isEmpty() ? null : notice;
    }

    /** HTML; data (rendered with a token) is never stored by caches, the shells may be. */
    private static Response html(TemplateInstance page, boolean withData) {
        return Response.ok(page.render(), HTML)
                .header("Cache-Control", withData ? "no-store" : "no-cache")
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Vary", HttpHeaders.AUTHORIZATION)
                .build();
    }
}
