package io.claimtrail.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.client.claims.api.ClaimsApi;
import io.claimtrail.client.claims.model.Claim;
import io.claimtrail.client.claims.model.ClaimInput;
import io.claimtrail.client.claims.model.ClaimKind;
import io.claimtrail.client.claims.model.ClaimStatus;
import io.claimtrail.client.claims.model.RelationInput;
import io.claimtrail.client.claims.model.RelationType;
import io.claimtrail.client.claims.model.Transition;
import io.claimtrail.client.claims.model.TransitionInput;
import io.claimtrail.client.sources.api.SourcesApi;
import io.claimtrail.client.sources.model.Reliability;
import io.claimtrail.client.sources.model.Source;
import io.claimtrail.client.sources.model.SourceInput;
import io.claimtrail.client.sources.model.SourceKind;
import io.claimtrail.client.timelines.api.EventsApi;
import io.claimtrail.client.timelines.api.StoryBundlesApi;
import io.claimtrail.client.timelines.api.TimelinesApi;
import io.claimtrail.client.timelines.model.Event;
import io.claimtrail.client.timelines.model.EventInput;
import io.claimtrail.client.timelines.model.ImportItem;
import io.claimtrail.client.timelines.model.ImportReport;
import io.claimtrail.client.timelines.model.StoryBundle;
import io.claimtrail.client.timelines.model.Timeline;
import io.claimtrail.client.timelines.model.TimelineEntries;
import io.claimtrail.client.timelines.model.TimelineEntry;
import io.claimtrail.client.timelines.model.TimelineInput;
import io.claimtrail.stack.ClaimtrailStack;
import io.claimtrail.stack.ServiceProcess;
import io.claimtrail.stack.Tokens;
import io.claimtrail.tokens.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract: the demo story through the Java clients generated from the services' own OpenAPI documents
 * (deploy/api-clients), against the three packaged services. Whatever the documents promise (paths, parameters,
 * bodies, answers, error bodies) is exercised here; when the documents and the behaviour disagree, this fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractEndToEndTest {

    private static final String SLUG = "nk-troops-ukraine-2024";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static Path root;
    private static ClaimtrailStack stack;
    private static Tokens tokens;
    private static GeneratedClients admin;
    private static GeneratedClients viewer;
    private static GeneratedClients anonymous;
    private static ImportReport imported;

    @BeforeAll
    static void startEverything() throws Exception {
        root = Path.of(System.getProperty("claimtrail.root", "../..")).toAbsolutePath().normalize();
        tokens = new Tokens(root.resolve("deploy/e2e/target/contract-jwt"));
        stack = ClaimtrailStack.start(root, root.resolve("deploy/e2e/target/contract-logs"), tokens.publicKey());
        admin = GeneratedClients.of(stack, tokens.bearer(Role.ADMIN, "contract@newsroom.example"));
        viewer = GeneratedClients.of(stack, tokens.bearer(Role.VIEWER, "reader@newsroom.example"));
        anonymous = GeneratedClients.of(stack, null);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    /** The clients were generated from the documents the build wrote; the running services must serve the same. */
    @Test
    @Order(1)
    void theServedDocumentsAreTheOnesTheClientsWereGeneratedFrom() throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (ServiceProcess service : List.of(stack.sources(), stack.claims(), stack.timelines())) {
            JsonNode written = json.readTree(root.resolve("services/" + service.name() + "/target/openapi/openapi.json")
                    .toFile());
            HttpResponse<String> served = http.send(HttpRequest.newBuilder(URI.create(service.url()
                    + "/q/openapi?format=json")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, served.statusCode());
            assertEquals(written, json.readTree(served.body()), service.name() + ": /q/openapi differs from the "
                    + "document the clients were generated from");
        }
    }

    @Test
    @Order(2)
    void importsTheDemoBundle() throws Exception {
        // Strict: a field of the demo bundle that the document's StoryBundle lacks fails here instead of being dropped.
        StoryBundle bundle = admin.timelinesJson().copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .readValue(root.resolve("deploy/demo/nk-troops-2024-07-02.json").toFile(), StoryBundle.class);
        imported = admin.bundles().importBundle(StoryBundlesApi.APIImportBundleRequest.newBuilder()
                .storyBundle(bundle).build());

        assertEquals(List.of("us-dod", "sabrina-singh", "tv-chosun", "white-house", "john-kirby", "associated-press",
                "article"), imported.getSources().stream().map(ImportItem::getRef).toList());
        assertEquals(8, imported.getClaims().size());
        assertEquals(3, imported.getEvents().size());
        assertEquals(SLUG, imported.getTimeline().getRef());
        assertTrue(imported.getClaims().stream().allMatch(item -> "CREATED".equals(String.valueOf(item.getOutcome()))),
                imported.getClaims().toString());
    }

    @Test
    @Order(3)
    void asOfReadsOfTheStory() throws Exception {
        assertEquals(List.of("putin-arrives-north-korea", "mutual-assistance-pact-signed"),
                refs(entries("2024-06-30")));
        TimelineEntries briefingDay = entries("2024-07-01");
        assertEquals(8, briefingDay.getEntries().size());
        assertEquals("DISPUTED", entry(briefingDay, claimId("tvc-deployment-plan")).getStatus());
        assertEquals(11, entries(null).getEntries().size());

        Claim asOfBriefing = viewer.claims().getClaim(ClaimsApi.APIGetClaimRequest.newBuilder()
                .id(claimId("tvc-deployment-plan").toString()).asOf("2024-07-02").build());
        assertEquals(ClaimStatus.DISPUTED, asOfBriefing.getStatus());
        Source chosun = viewer.sources().getSource(SourcesApi.APIGetSourceRequest.newBuilder().source("tv-chosun")
                .asOf("2024-07-02").build());
        assertEquals(sourceId("tv-chosun"), chosun.getId());
        assertEquals(java.time.LocalDate.of(2024, 7, 2), chosun.getAsOf());
    }

    @Test
    @Order(4)
    void createsWithLocationAndETagThenRelatesAndTransitions() throws Exception {
        var created = admin.sources().createSourceWithHttpInfo(SourcesApi.APICreateSourceRequest.newBuilder()
                .sourceInput(new SourceInput().name("Ministry of Defence of Ukraine").slug("ua-mod")
                        .kind(SourceKind.INSTITUTION).country("UA").reliability(Reliability.B)
                        .aliases(List.of("MoD Ukraine")))
                .build());
        assertEquals(201, created.getStatusCode());
        UUID ministry = created.getData().getId();
        assertTrue(header(created.getHeaders(), "Location").endsWith("/sources/" + ministry));
        assertEquals("\"0\"", header(created.getHeaders(), "ETag"));

        var denial = admin.claims().createClaimWithHttpInfo(ClaimsApi.APICreateClaimRequest.newBuilder()
                .claimInput(new ClaimInput().text("No North Korean engineering troops have been seen in Donetsk Oblast")
                        .sourceId(ministry).statedOn("2024-07-03").kind(ClaimKind.DENIAL)
                        .topics(List.of("north-korea", "donetsk")))
                .build());
        assertEquals(201, denial.getStatusCode());
        UUID denialId = denial.getData().getId();
        assertEquals(ClaimStatus.UNVERIFIED, denial.getData().getStatus());

        var relation = admin.claims().relateClaimWithHttpInfo(ClaimsApi.APIRelateClaimRequest.newBuilder()
                .id(denialId.toString()).relationInput(new RelationInput().type(RelationType.CONTRADICTS)
                        .targetId(claimId("tvc-deployment-plan")).note("Kyiv's answer"))
                .build());
        assertEquals(201, relation.getStatusCode());

        String etag = header(admin.claims().getClaimWithHttpInfo(ClaimsApi.APIGetClaimRequest.newBuilder()
                .id(denialId.toString()).build()).getHeaders(), "ETag");
        Claim corroborated = admin.claims().transitionClaim(ClaimsApi.APITransitionClaimRequest.newBuilder()
                .id(denialId.toString()).ifMatch(etag).transitionInput(new TransitionInput()
                        .to(ClaimStatus.CORROBORATED).credibility(2).reason("Seoul's intelligence service agrees")
                        .effectiveOn("2024-07-04"))
                .build());
        assertEquals(ClaimStatus.CORROBORATED, corroborated.getStatus());
        List<Transition> history = admin.claims().getClaimHistory(ClaimsApi.APIGetClaimHistoryRequest.newBuilder()
                .id(denialId.toString()).build());
        assertEquals(2, history.size(), "entered, then corroborated: " + history);
        assertEquals(ClaimStatus.UNVERIFIED, admin.claims().getClaim(ClaimsApi.APIGetClaimRequest.newBuilder()
                .id(denialId.toString()).asOf("2024-07-03").build()).getStatus());

        // An illegal move is a 409 naming the allowed ones.
        String after = header(admin.claims().getClaimWithHttpInfo(ClaimsApi.APIGetClaimRequest.newBuilder()
                .id(denialId.toString()).build()).getHeaders(), "ETag");
        JsonNode refused = problem(409, () -> admin.claims().transitionClaim(ClaimsApi.APITransitionClaimRequest
                .newBuilder().id(denialId.toString()).ifMatch(after).transitionInput(new TransitionInput()
                        .to(ClaimStatus.UNVERIFIED).reason("back to square one").effectiveOn("2024-07-05"))
                .build()));
        assertTrue(refused.path("detail").asText().contains("UNVERIFIED"), refused.toString());
    }

    /**
     * Read-modify-write as a client written against the generated types does it: read, turn the representation into
     * the input type by field name (nothing hand-picked), change one field, write it back with the ETag.
     */
    @Test
    @Order(5)
    void readModifyWriteWithTheGeneratedInputTypes() throws Exception {
        var source = admin.sources().getSourceWithHttpInfo(SourcesApi.APIGetSourceRequest.newBuilder()
                .source("tv-chosun").build());
        SourceInput sourceInput = admin.sourcesJson().convertValue(source.getData(), SourceInput.class)
                .description("South Korean broadcaster");
        Source replaced = admin.sources().replaceSource(SourcesApi.APIReplaceSourceRequest.newBuilder()
                .source(source.getData().getId().toString()).ifMatch(header(source.getHeaders(), "ETag"))
                .sourceInput(sourceInput).build());
        assertEquals("South Korean broadcaster", replaced.getDescription());
        assertEquals(source.getData().getVersion() + 1, replaced.getVersion());
        assertEquals(source.getData().getAliases(), replaced.getAliases());
        assertEquals(source.getData().getReliability(), replaced.getReliability());

        var timeline = admin.timelines().getTimelineWithHttpInfo(TimelinesApi.APIGetTimelineRequest.newBuilder()
                .timeline(SLUG).build());
        TimelineInput timelineInput = admin.timelinesJson().convertValue(timeline.getData(), TimelineInput.class)
                .title("North Korean troops for Russia's war in Ukraine, July 2024");
        Timeline retitled = admin.timelines().replaceTimeline(TimelinesApi.APIReplaceTimelineRequest.newBuilder()
                .timeline(timeline.getData().getId().toString()).ifMatch(header(timeline.getHeaders(), "ETag"))
                .timelineInput(timelineInput).build());
        assertEquals("North Korean troops for Russia's war in Ukraine, July 2024", retitled.getTitle());
        assertEquals(timeline.getData().getEras(), retitled.getEras());

        String eventId = imported.getEvents().get(0).getId().toString();
        var event = admin.events().getEventWithHttpInfo(EventsApi.APIGetEventRequest.newBuilder().timeline(SLUG)
                .event(eventId).build());
        EventInput eventInput = admin.timelinesJson().convertValue(event.getData(), EventInput.class)
                .place("Pyongyang, North Korea");
        Event moved = admin.events().replaceEvent(EventsApi.APIReplaceEventRequest.newBuilder().timeline(SLUG)
                .event(eventId).ifMatch(header(event.getHeaders(), "ETag")).eventInput(eventInput).build());
        assertEquals("Pyongyang, North Korea", moved.getPlace());
        assertEquals(event.getData().getOccurred(), moved.getOccurred());
    }

    /** The same for a claim: ClaimInput documents credibility, and the claim is read with the one it has. */
    @Test
    @Order(6)
    void readModifyWriteOfAClaimWithTheGeneratedInputType() throws Exception {
        String claimRef = claimId("tvc-reconstruction").toString();
        var claim = admin.claims().getClaimWithHttpInfo(ClaimsApi.APIGetClaimRequest.newBuilder().id(claimRef).build());
        ClaimInput claimInput = admin.claimsJson().convertValue(claim.getData(), ClaimInput.class)
                .text("North Korean engineers would help rebuild occupied Donetsk Oblast");
        Claim edited = admin.claims().replaceClaim(ClaimsApi.APIReplaceClaimRequest.newBuilder().id(claimRef)
                .ifMatch(header(claim.getHeaders(), "ETag")).claimInput(claimInput).build());
        assertEquals("North Korean engineers would help rebuild occupied Donetsk Oblast", edited.getText());
        assertEquals(claim.getData().getStatedOn(), edited.getStatedOn());
        assertEquals(claim.getData().getTopics(), edited.getTopics());
        assertEquals(claim.getData().getStatus(), edited.getStatus());
        assertEquals(claim.getData().getCredibility(), edited.getCredibility());
    }

    /**
     * Read-modify-write as issue 16 asks for it, for each resource: the representation exactly as GET returned it,
     * one field changed, the server-managed fields (id, version, timestamps, derived labels) left in.
     */
    @Test
    @Order(7)
    void theUnchangedRepresentationOfEachResourceCanBePutBack() throws Exception {
        var source = admin.sources().getSourceWithHttpInfo(SourcesApi.APIGetSourceRequest.newBuilder()
                .source("us-dod").build());
        Source sourceRead = source.getData().description("The U.S. Department of Defense");
        Source sourcePut = putBack(stack.sources().url() + "/sources/" + sourceRead.getId(), source.getHeaders(),
                admin.sourcesJson(), sourceRead, Source.class);
        assertEquals("The U.S. Department of Defense", sourcePut.getDescription());
        assertEquals(sourceRead.getVersion() + 1, sourcePut.getVersion());

        String claimRef = claimId("kirby-concern").toString();
        var claim = admin.claims().getClaimWithHttpInfo(ClaimsApi.APIGetClaimRequest.newBuilder().id(claimRef).build());
        Claim claimRead = claim.getData().quote("We are concerned about the strengthening ties.");
        Claim claimPut = putBack(stack.claims().url() + "/claims/" + claimRef, claim.getHeaders(), admin.claimsJson(),
                claimRead, Claim.class);
        assertEquals("We are concerned about the strengthening ties.", claimPut.getQuote());
        assertEquals(claimRead.getStatus(), claimPut.getStatus());

        var timeline = admin.timelines().getTimelineWithHttpInfo(TimelinesApi.APIGetTimelineRequest.newBuilder()
                .timeline(SLUG).build());
        Timeline timelineRead = timeline.getData().summary("What was known, day by day, in early July 2024.");
        Timeline timelinePut = putBack(stack.timelines().url() + "/timelines/" + timelineRead.getId(),
                timeline.getHeaders(), admin.timelinesJson(), timelineRead, Timeline.class);
        assertEquals("What was known, day by day, in early July 2024.", timelinePut.getSummary());

        String eventId = imported.getEvents().get(1).getId().toString();
        var event = admin.events().getEventWithHttpInfo(EventsApi.APIGetEventRequest.newBuilder().timeline(SLUG)
                .event(eventId).build());
        Event eventRead = event.getData().place("Pyongyang");
        Event eventPut = putBack(stack.timelines().url() + "/timelines/" + SLUG + "/events/" + eventId,
                event.getHeaders(), admin.timelinesJson(), eventRead, Event.class);
        assertEquals("Pyongyang", eventPut.getPlace());
    }

    @Test
    @Order(8)
    void errorsAreProblemDetailsNamingTheFields() throws Exception {
        JsonNode invalid = problem(400, () -> admin.sources().createSource(SourcesApi.APICreateSourceRequest
                .newBuilder().sourceInput(new SourceInput().name("Ministry of National Defense").kind(SourceKind.INSTITUTION)
                        .country("KOR").homepage("not a web address"))
                .build()));
        List<String> fields = invalid.path("errors").findValuesAsText("field");
        assertTrue(fields.containsAll(List.of("country", "homepage")), invalid.toString());

        problem(404, () -> viewer.sources().getSource(SourcesApi.APIGetSourceRequest.newBuilder()
                .source("no-such-source").build()));
        problem(404, () -> viewer.timelines().getTimeline(TimelinesApi.APIGetTimelineRequest.newBuilder()
                .timeline("no-such-story").build()));

        var current = admin.sources().getSourceWithHttpInfo(SourcesApi.APIGetSourceRequest.newBuilder()
                .source("ua-mod").build());
        SourceInput unchanged = admin.sourcesJson().convertValue(current.getData(), SourceInput.class);
        String id = current.getData().getId().toString();
        problem(428, () -> admin.sources().replaceSource(SourcesApi.APIReplaceSourceRequest.newBuilder().source(id)
                .sourceInput(unchanged).build()));
        problem(412, () -> admin.sources().replaceSource(SourcesApi.APIReplaceSourceRequest.newBuilder().source(id)
                .ifMatch("\"" + (current.getData().getVersion() + 7) + "\"").sourceInput(unchanged).build()));

        JsonNode unknownSource = problem(422, () -> admin.claims().createClaim(ClaimsApi.APICreateClaimRequest
                .newBuilder().claimInput(new ClaimInput().text("A claim of nobody").sourceId(UUID.randomUUID())
                        .statedOn("2024-07-03").kind(ClaimKind.ASSERTION))
                .build()));
        assertNotEquals("", unknownSource.path("detail").asText());

        problem(401, () -> anonymous.sources().listSources(SourcesApi.APIListSourcesRequest.newBuilder().build()));
        problem(403, () -> viewer.sources().createSource(SourcesApi.APICreateSourceRequest.newBuilder()
                .sourceInput(new SourceInput().name("Anyone").kind(SourceKind.PERSON)).build()));
        problem(403, () -> viewer.bundles().importBundle(StoryBundlesApi.APIImportBundleRequest.newBuilder()
                .storyBundle(new StoryBundle()).build()));
    }

    /**
     * PUT of a representation of the generated model type, as the client's own mapper writes it, with the ETag it was
     * read with. The generated replace methods take the input type, so this one request is made by hand.
     */
    private static <T> T putBack(String url, Map<String, List<String>> readHeaders, ObjectMapper json, Object body,
            Class<T> type) throws Exception {
        HttpResponse<String> answer = admin.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("If-Match", header(readHeaders, "ETag"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
        assertEquals(200, answer.statusCode(), url + ": " + answer.body());
        return json.readValue(answer.body(), type);
    }

    /**
     * Runs a call the document says can fail with {@code status}, and parses the answer as the document's Problem:
     * application/problem+json, with that status.
     */
    private static JsonNode problem(int status, Executable call) throws Exception {
        Exception thrown = assertThrows(Exception.class, call);
        ClientError error = ClientError.of(thrown);
        assertEquals(status, error.code(), error.body());
        assertTrue(error.contentType().startsWith(PROBLEM_JSON), error.contentType());
        JsonNode problem = new ObjectMapper().readTree(error.body());
        assertEquals(status, problem.path("status").asInt(), error.body());
        return problem;
    }

    private static TimelineEntries entries(String asOf) throws Exception {
        return viewer.timelines().getTimelineEntries(TimelinesApi.APIGetTimelineEntriesRequest.newBuilder()
                .timeline(SLUG).asOf(asOf).build());
    }

    private static TimelineEntry entry(TimelineEntries entries, UUID id) {
        return entries.getEntries().stream().filter(e -> id.equals(e.getId())).findFirst().orElseThrow();
    }

    private static List<String> refs(TimelineEntries entries) {
        Map<UUID, String> byId = new java.util.HashMap<>();
        for (List<ImportItem> part : List.of(imported.getSources(), imported.getClaims(), imported.getEvents())) {
            part.forEach(item -> byId.put(item.getId(), item.getRef()));
        }
        return entries.getEntries().stream().map(e -> byId.getOrDefault(e.getId(), String.valueOf(e.getId()))).toList();
    }

    private static UUID claimId(String ref) {
        return imported.getClaims().stream().filter(item -> ref.equals(item.getRef())).findFirst().orElseThrow().getId();
    }

    private static UUID sourceId(String ref) {
        return imported.getSources().stream().filter(item -> ref.equals(item.getRef())).findFirst().orElseThrow().getId();
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).findFirst()
                .map(h -> h.getValue().get(0)).orElseThrow(() -> new AssertionError("no " + name + " in " + headers));
    }
}
