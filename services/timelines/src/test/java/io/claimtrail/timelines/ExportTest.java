package io.claimtrail.timelines;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@TimelinesTest
class ExportTest {

    private static final UUID REPORT = UUID.fromString("20000000-0000-4000-8000-000000000001");
    private static final UUID REPEAT = UUID.fromString("20000000-0000-4000-8000-000000000002");
    private static final UUID BRIEFING = UUID.fromString("20000000-0000-4000-8000-000000000003");

    private String slug;

    @BeforeEach
    void story() {
        Stubs.reset();
        slug = Timelines.uniqueSlug();
        Map<String, Object> body = Timelines.timeline(slug, "NK troops <2024>", List.of("north-korea"));
        body.put("summary", "What was known");
        body.put("eras", List.of(Map.of("name", "After the pact", "start", "2024-06-19", "end", "2024-07-02")));
        Timelines.create(body);
        given().contentType(ContentType.JSON).body(Map.of("title", "Pact signed", "occurred", "2024-06-19",
                "place", "Pyongyang")).post("/timelines/" + slug + "/events").then().statusCode(201);
        Stubs.stubStory(List.of(
                Stubs.claim(REPORT, Stubs.TV_CHOSUN, "Engineers will go to Donetsk", "2024-06-19/2024-07-01", "CONFIRMED", 1,
                        "[{\"type\":\"CITES\",\"direction\":\"INCOMING\",\"otherClaimId\":\"" + REPEAT + "\"}]",
                        "[{\"to\":\"UNVERIFIED\",\"credibility\":6,\"effectiveOn\":\"2024-06-19/2024-07-01\"},"
                                + "{\"from\":\"UNVERIFIED\",\"to\":\"CONFIRMED\",\"credibility\":1,\"effectiveOn\":\"2024-10-20\"}]"),
                Stubs.claim(REPEAT, Stubs.SINGH, "Repeats the report", "2024-07~", "UNVERIFIED", 6,
                        "[{\"type\":\"CITES\",\"direction\":\"OUTGOING\",\"otherClaimId\":\"" + REPORT + "\"}]", null),
                Stubs.claim(BRIEFING, Stubs.SINGH, "No evidence", "../2024-07-01", "UNVERIFIED", 6, null, null)), 0, 3);
    }

    @Test
    void timelineJsCarriesOnlyTheKnownPartsAndTheWording() {
        given().get("/timelines/" + slug + "/timelinejs").then().statusCode(200)
                .body("scale", equalTo("human"))
                .body("title.text.headline", equalTo("NK troops &lt;2024&gt;"))
                .body("title.text.text", equalTo("What was known"))
                .body("events.size()", equalTo(4))
                // No later than 1 July: the only known end is the date shown.
                .body("events[0].unique_id", equalTo(BRIEFING.toString()))
                .body("events[0].start_date.year", equalTo(2024))
                .body("events[0].start_date.month", equalTo(7))
                .body("events[0].start_date.day", equalTo(1))
                .body("events[0].display_date", equalTo("no later than 1 July 2024"))
                .body("events[0].group", equalTo("Persons"))
                .body("events[1].text.headline", equalTo("Pact signed"))
                .body("events[1].group", equalTo("Events"))
                .body("events[1]", not(hasKey("display_date")))
                .body("events[1].text.text", containsString("Pyongyang"))
                .body("events[2].start_date.day", equalTo(19))
                .body("events[2].end_date.month", equalTo(7))
                .body("events[2].end_date.day", equalTo(1))
                .body("events[2].display_date", equalTo("19 June 2024 to 1 July 2024"))
                .body("events[2].group", equalTo("Outlets"))
                .body("events[3].start_date.month", equalTo(7))
                .body("events[3].start_date", not(hasKey("day")))
                .body("events[3].display_date", equalTo("about July 2024"))
                .body("eras[0].text.headline", equalTo("After the pact"))
                .body("eras[0].start_date.day", equalTo(19))
                .body("eras[0].end_date.day", equalTo(2));
    }

    @Test
    void summaryCountsClustersAndLeadTimes() {
        given().get("/timelines/" + slug + "/summary").then().statusCode(200)
                .body("claims", equalTo(3))
                .body("events", equalTo(1))
                .body("byStatus.CONFIRMED", equalTo(1))
                .body("byStatus.UNVERIFIED", equalTo(2))
                .body("clusters.size()", equalTo(2))
                .body("clusters.find { it.claimIds.size() == 2 }.firstReport.claimId", equalTo(REPORT.toString()))
                .body("clusters.find { it.claimIds.size() == 2 }.firstReport.sourceName", equalTo("TV Chosun"))
                .body("clusters.find { it.claimIds.size() == 2 }.daysToFirstConfirmation", equalTo(123))
                .body("clusters.find { it.claimIds.size() == 2 }.lags[0].sourceName", equalTo("Sabrina Singh"))
                .body("clusters.find { it.claimIds.size() == 2 }.lags[0].days", equalTo(12))
                .body("sources.find { it.sourceName == 'TV Chosun' }.first", equalTo(1))
                .body("sources.find { it.sourceName == 'TV Chosun' }.firstConfirmed", equalTo(1))
                .body("sources.find { it.sourceName == 'Sabrina Singh' }.clusters", equalTo(2))
                .body("leadTimes.claimId", contains(REPORT.toString()))
                .body("leadTimes[0].firstAppeared", equalTo("2024-06-19/2024-07-01"))
                .body("leadTimes[0].confirmedOn", equalTo("2024-10-20"))
                .body("leadTimes[0].days", equalTo(123))
                .body("medianLeadDays", equalTo(123.0f))
                .body("degraded", equalTo(false));
        Stubs.server().verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/claims/query"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.includeHistory",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("true"))));
        given().get("/timelines/" + slug + "/summary").then().body("warnings", org.hamcrest.Matchers.empty())
                .body("asOf", nullValue());
    }
}
