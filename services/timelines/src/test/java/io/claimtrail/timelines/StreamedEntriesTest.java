package io.claimtrail.timelines;

import io.claimtrail.testing.TestTokens;
import io.claimtrail.tokens.Role;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A story of more than one page of claims is streamed: chunked, the same JSON document, its ETag in a trailer that
 * If-None-Match then answers with a 304; a claims service failing part way leaves the entries sent and says so.
 */
@TimelinesTest
class StreamedEntriesTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URL base;

    private HttpClient client;
    private String slug;

    @BeforeEach
    void story() {
        Stubs.reset();
        client = vertx.createHttpClient();
        slug = Timelines.uniqueSlug();
        Timelines.create(Timelines.timeline(slug, "Story", List.of("north-korea")));
        Timelines.event(slug, "Pact signed", "2024-06-19");
        Timelines.event(slug, "After it all", "2024-09-01");
        Stubs.stubStory(List.of(Stubs.many(1000, Stubs.SINGH, "2024-06-01")), 0, 2500);
        Stubs.stubStory(List.of(Stubs.many(1000, Stubs.TV_CHOSUN, "2024-07-01")), 1, 2500);
        Stubs.stubStory(List.of(Stubs.many(500, Stubs.SINGH, "2024-08-01")), 2, 2500);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aLongStoryIsStreamedInOrderWithItsTagInATrailer() {
        Answer answer = get("/timelines/" + slug + "/entries", null);

        assertEquals(200, answer.status());
        assertEquals("chunked", answer.response().getHeader("Transfer-Encoding"));
        assertNull(answer.response().getHeader("ETag"));
        JsonPath body = new JsonPath(answer.body());
        assertEquals(2502, body.getInt("total"));
        assertEquals(2502, body.getList("entries").size());
        assertEquals(false, body.getBoolean("degraded"));
        assertEquals(List.of(), body.getList("warnings"));
        assertEquals("2024-06-01", body.getString("entries[0].date"));
        assertEquals("Pact signed", body.getString("entries[1000].title"));
        assertEquals("After it all", body.getString("entries[2501].title"));
        assertThat(body.getList("entries.findAll { it.date == '2024-07-01' }.source.name"), everyItem(is("TV Chosun")));
        String tag = answer.response().trailers().get("ETag");
        assertThat(tag, startsWith("\"c"));

        Answer again = get("/timelines/" + slug + "/entries", tag);
        assertEquals(304, again.status());
        assertEquals(tag, again.response().getHeader("ETag"));
        assertEquals("", again.body());
        assertEquals(200, get("/timelines/" + slug + "/entries", "\"other\"").status());
    }

    @Test
    void withoutTeTrailersTheSameDocumentComesWithoutATag() {
        Answer tagged = get("/timelines/" + slug + "/entries", null);
        Answer plain = get("/timelines/" + slug + "/entries", null, false);

        assertEquals(200, plain.status());
        assertEquals("chunked", plain.response().getHeader("Transfer-Encoding"));
        assertNull(plain.response().getHeader("Trailer"));
        assertNull(plain.response().getHeader("ETag"));
        assertNull(plain.response().trailers().get("ETag"));
        assertEquals(tagged.body(), plain.body());
        assertEquals("ETag", tagged.response().getHeader("Trailer"));
        // the tag of a read that asked for it still answers a conditional read of either
        assertEquals(304, get("/timelines/" + slug + "/entries", tagged.response().trailers().get("ETag"), false)
                .status());
    }

    @Test
    void aStoryReadInRangesBetweenMarksIsTheSameDocumentAndItsRangesAreReadAtOnce() {
        String june = Stubs.many(1000, Stubs.SINGH, "2024-06-01");
        String july = Stubs.many(1000, Stubs.TV_CHOSUN, "2024-07-01");
        String august = Stubs.many(1000, Stubs.SINGH, "2024-08-01");
        String september = Stubs.many(500, Stubs.TV_CHOSUN, "2024-09-01");
        List<String> pages = List.of(june, july, august, september);
        for (int page = 0; page < pages.size(); page++) {
            Stubs.stubStory(List.of(pages.get(page)), page, 3500);
        }
        String byCursor = get("/timelines/" + slug + "/entries", null).body();

        // the first page asks for no marks (the first entries wait for no scan); the second gives a mark between
        // August and September: both ranges after it are read at once, 600 ms each (under the tests' 900 ms read
        // timeout): read one after the other they would take 1.2 s
        Stubs.reset();
        range(null, null, june, "\"cursor-1\"", 0);
        range("cursor-1", null, july, "\"cursor-2\",\"marks\":[\"mark-september\"]", 0);
        range("cursor-2", "mark-september", august, "null", 600);
        range("mark-september", null, september, "null", 600);
        long start = System.nanoTime();
        String byRanges = get("/timelines/" + slug + "/entries", null).body();
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertEquals(byCursor, byRanges);
        assertEquals(3502, new JsonPath(byRanges).getInt("total"));
        assertThat(ms, lessThanOrEqualTo(1150L));
        Stubs.server().verify(0, postRequestedFor(urlEqualTo("/claims/query"))
                .withRequestBody(matchingJsonPath("$.after", absent()))
                .withRequestBody(matchingJsonPath("$.includeMarks", equalTo("true"))));
        Stubs.server().verify(1, postRequestedFor(urlEqualTo("/claims/query"))
                .withRequestBody(matchingJsonPath("$.includeMarks", equalTo("true"))));
        Stubs.server().verify(4, postRequestedFor(urlEqualTo("/claims/query")));
    }

    @Test
    void aRangeFailingLeavesTheClaimsBeforeItAndDropsTheLaterOnes() {
        Stubs.reset();
        range(null, null, Stubs.many(1000, Stubs.SINGH, "2024-06-01"), "\"cursor-1\"", 0);
        range("cursor-1", null, Stubs.many(1000, Stubs.SINGH, "2024-07-01"),
                "\"cursor-2\",\"marks\":[\"mark-september\"]", 0);
        Stubs.server().stubFor(post(urlEqualTo("/claims/query")).withRequestBody(matchingJsonPath("$.after",
                equalTo("cursor-2"))).willReturn(aResponse().withStatus(500)));
        range("mark-september", null, Stubs.many(500, Stubs.SINGH, "2024-09-01"), "null", 0);

        JsonPath body = new JsonPath(get("/timelines/" + slug + "/entries", null).body());

        assertEquals(true, body.getBoolean("degraded"));
        assertThat(body.getString("warnings[0]"), containsString("only the first 2000 claims in date order are shown"));
        assertEquals(2002, body.getInt("total"));
        assertEquals("After it all", body.getString("entries[-1].title"));
    }

    /** The story query answers the page after {@code after} up to {@code until} (absent when null), late by delayMs. */
    private static void range(String after, String until, String claims, String next, int delayMs) {
        Stubs.server().stubFor(post(urlEqualTo("/claims/query")).atPriority(1)
                .withRequestBody(after == null ? matchingJsonPath("$.after", absent())
                        : matchingJsonPath("$.after", equalTo(after)))
                .withRequestBody(until == null ? matchingJsonPath("$.until", absent())
                        : matchingJsonPath("$.until", equalTo(until)))
                .willReturn(aResponse().withFixedDelay(delayMs).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[" + claims + "],\"size\":1000,\"next\":" + next + "}")));
    }

    @Test
    void theTimelineJsExportIsStreamedToo() {
        Answer answer = get("/timelines/" + slug + "/timelinejs", null);

        assertEquals(200, answer.status());
        JsonPath body = new JsonPath(answer.body());
        assertEquals("Story", body.getString("title.text.headline"));
        assertEquals(2502, body.getList("events").size());
        assertEquals("human", body.getString("scale"));
        String tag = answer.response().trailers().get("ETag");
        assertEquals(304, get("/timelines/" + slug + "/timelinejs", tag).status());
    }

    @Test
    void claimsFailingPartWayLeaveWhatWasSentAndSaySo() {
        Stubs.server().stubFor(post(urlEqualTo("/claims/query")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.after", equalTo("cursor-2")))
                .willReturn(aResponse().withStatus(500)));

        Answer answer = get("/timelines/" + slug + "/entries", null);

        assertEquals(200, answer.status());
        JsonPath body = new JsonPath(answer.body());
        assertEquals(true, body.getBoolean("degraded"));
        assertThat(body.getString("warnings[0]"), containsString("only the first 2000 claims in date order are shown"));
        assertEquals(2002, body.getInt("total"));
        assertEquals("After it all", body.getString("entries[-1].title"));
    }

    @Test
    void theFirstEntriesLeaveBeforeTheLastPageIsRead() {
        // the last page takes a second: the first two pages' entries are out before it comes
        Stubs.server().stubFor(post(urlEqualTo("/claims/query")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.after", equalTo("cursor-2")))
                .willReturn(aResponse().withFixedDelay(800).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"size\":1000,\"next\":null}")));
        long start = System.nanoTime();
        long[] firstBytes = new long[1];
        String body = client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                        .setPort(base.getPort()).setURI("/timelines/" + slug + "/entries")
                        .putHeader("Authorization", TestTokens.bearer(TestTokens.valid(Role.ADMIN))))
                .compose(request -> request.send()).compose(response -> {
                    StringBuilder text = new StringBuilder();
                    io.vertx.core.Promise<String> all = io.vertx.core.Promise.promise();
                    response.handler(chunk -> {
                        text.append(chunk);
                        if (firstBytes[0] == 0 && text.indexOf("\"entries\":[{") >= 0) {
                            firstBytes[0] = System.nanoTime();
                        }
                    });
                    response.endHandler(v -> all.complete(text.toString()));
                    return all.future();
                }).toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        long end = System.nanoTime();

        assertEquals(2002, new JsonPath(body).getInt("total"));
        // the first entries came at least the last page's delay before the end of the answer
        assertThat((firstBytes[0] - start) / 1_000_000, lessThanOrEqualTo((end - start) / 1_000_000 - 700));
    }

    @Test
    void aShortStoryIsWrittenWholeWithItsTagInAHeader() {
        Stubs.reset();
        Stubs.stubStory(List.of(Stubs.claim(UUID.randomUUID(), Stubs.SINGH, "Alone", "2024-07-01", "UNVERIFIED", 6,
                null, null)), 0, 1);
        Answer answer = get("/timelines/" + slug + "/entries", null);

        String tag = answer.response().getHeader("ETag");
        assertThat(tag, startsWith("\"c"));
        assertEquals(3, new JsonPath(answer.body()).getInt("total"));
        assertEquals(304, get("/timelines/" + slug + "/entries", tag).status());
        given().header("If-None-Match", tag).get("/timelines/" + slug + "/entries").then().statusCode(304);
    }

    @Test
    void aConditionalReadStillNeedsAToken() {
        given().header("Authorization", "").header("If-None-Match", "*").get("/timelines/" + slug + "/entries")
                .then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(TestTokens.withoutRole())).header("If-None-Match", "*")
                .get("/timelines/" + slug + "/entries").then().statusCode(403);
        given().header("If-None-Match", "*").queryParam("asOf", "not-a-date").get("/timelines/" + slug + "/entries")
                .then().statusCode(400).body("errors.field", contains("asOf"));
        given().header("If-None-Match", "*").get("/timelines/no-such-story/entries").then().statusCode(404);
    }

    private record Answer(HttpClientResponse response, int status, String body) {
    }

    /** A read that accepts trailers (TE: trailers), as a client wanting the streamed story's tag sends it. */
    private Answer get(String path, String ifNoneMatch) {
        return get(path, ifNoneMatch, true);
    }

    private Answer get(String path, String ifNoneMatch, boolean trailers) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                .setPort(base.getPort()).setURI(path)
                .putHeader("Authorization", TestTokens.bearer(TestTokens.valid(Role.ADMIN)));
        if (trailers) {
            options.putHeader("TE", "trailers");
        }
        if (ifNoneMatch != null) {
            options.putHeader("If-None-Match", ifNoneMatch);
        }
        return client.request(options).compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Answer(response, response.statusCode(),
                        body.toString())))
                .toCompletionStage().toCompletableFuture().orTimeout(20, TimeUnit.SECONDS).join();
    }
}
