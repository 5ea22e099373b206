package io.claimtrail.claims;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.claimtrail.testing.Replay;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** includeMembers: an institution's claims with those of whoever spoke for it on each claim's day (listings, stories, track records). */
@ClaimsTest
class RollUpTest {

    @Test
    void anInstitutionsClaimsIncludeItsSpokespeopleOnlyWhileTheySpokeForIt() {
        UUID ministry = UUID.randomUUID();
        UUID spokeswoman = UUID.randomUUID();
        UUID press = UUID.randomUUID();
        String ministryJson = "{\"id\":\"" + ministry + "\",\"name\":\"Ministry\",\"kind\":\"INSTITUTION\",\"reliability\":\"B\"}";
        String spokeswomanJson = "{\"id\":\"" + spokeswoman + "\",\"name\":\"Spokeswoman\",\"kind\":\"PERSON\","
                + "\"reliability\":\"F\",\"affiliations\":[{\"parentId\":\"" + press + "\",\"from\":\"2024-03\",\"to\":\"2024-06\"}]}";
        String pressJson = "{\"id\":\"" + press + "\",\"name\":\"Press office\",\"kind\":\"OFFICE\",\"reliability\":\"C\","
                + "\"affiliations\":[{\"parentId\":\"" + ministry + "\",\"from\":\"2020\"}]}";
        SourcesStub.server().stubFor(WireMock.post(WireMock.urlMatching(SourcesStub.LOOKUPS)).atPriority(1)
                .withRequestBody(WireMock.containing(ministry.toString()))
                .willReturn(WireMock.okJson("{\"items\":[" + ministryJson + "],\"missing\":[],\"related\":["
                        + pressJson + "," + spokeswomanJson + "]}")));
        for (UUID other : new UUID[] { spokeswoman, press }) {
            SourcesStub.server().stubFor(WireMock.post(WireMock.urlMatching(SourcesStub.LOOKUPS)).atPriority(2)
                    .withRequestBody(WireMock.containing(other.toString()))
                    .willReturn(WireMock.okJson("{\"items\":[" + spokeswomanJson + "," + pressJson + "],\"missing\":[]}")));
        }
        String byMinistry = Claims.create(Claims.claim("The ministry says so", ministry, "2024-01-10", "ASSERTION"));
        String byPress = Claims.create(Claims.claim("The press office says so", press, "2024-02-01", "ASSERTION"));
        String whileSpeaking = Claims.create(Claims.claim("She says so in April", spokeswoman, "2024-04-02", "ASSERTION"));
        String afterwards = Claims.create(Claims.claim("She says so in September", spokeswoman, "2024-09-02", "ASSERTION"));
        Claims.transition(whileSpeaking, "CONFIRMED", 1, "2024-04-12").statusCode(200);

        given().queryParam("sourceId", ministry.toString()).get("/claims").then().statusCode(200)
                .body("items.id", contains(byMinistry));
        given().queryParam("sourceId", ministry.toString()).queryParam("includeMembers", "true").get("/claims").then()
                .statusCode(200).body("items.id", contains(byMinistry, byPress, whileSpeaking))
                .body("total", equalTo(3));
        given().queryParam("sourceId", ministry.toString()).queryParam("includeMembers", "true")
                .queryParam("q", "says").get("/claims").then().statusCode(200)
                .body("items.id", containsInAnyOrder(byMinistry, byPress, whileSpeaking));
        given().queryParam("sourceId", spokeswoman.toString()).get("/claims").then()
                .body("items.id", contains(whileSpeaking, afterwards));

        given().queryParam("includeMembers", "true").get("/claims/track-records/" + ministry).then().statusCode(200)
                .body("includesMembers", equalTo(true)).body("members", equalTo(2))
                .body("claims", equalTo(3)).body("confirmed", equalTo(1))
                .body("leadTimes.longest[0].claimId", equalTo(whileSpeaking));
        given().get("/claims/track-records/" + ministry).then().body("claims", equalTo(1));
    }

    @Test
    void aMemberWhoSpokeForTheInstitutionTwiceHasEachClaimListedOnceInOrderAcrossPages() {
        UUID agency = UUID.randomUUID();
        UUID envoy = UUID.randomUUID();
        String agencyJson = "{\"id\":\"" + agency + "\",\"name\":\"Agency\",\"kind\":\"INSTITUTION\"}";
        // two terms, with a year between them
        String envoyJson = "{\"id\":\"" + envoy + "\",\"name\":\"Envoy\",\"kind\":\"PERSON\",\"affiliations\":["
                + "{\"parentId\":\"" + agency + "\",\"from\":\"2020\",\"to\":\"2020\"},"
                + "{\"parentId\":\"" + agency + "\",\"from\":\"2022\",\"to\":\"2022\"}]}";
        SourcesStub.server().stubFor(WireMock.post(WireMock.urlMatching(SourcesStub.LOOKUPS)).atPriority(1)
                .withRequestBody(WireMock.containing(agency.toString()))
                .willReturn(WireMock.okJson("{\"items\":[" + agencyJson + "],\"missing\":[],\"related\":["
                        + envoyJson + "]}")));
        SourcesStub.server().stubFor(WireMock.post(WireMock.urlMatching(SourcesStub.LOOKUPS)).atPriority(2)
                .withRequestBody(WireMock.containing(envoy.toString()))
                .willReturn(WireMock.okJson("{\"items\":[" + envoyJson + "],\"missing\":[]}")));
        String spanningBoth = Claims.create(Claims.claim("Sometime in those years", envoy, "2020-06/2022-06", "ASSERTION"));
        String firstTerm = Claims.create(Claims.claim("In the first term", envoy, "2020-06-01", "ASSERTION"));
        Claims.create(Claims.claim("Between the terms", envoy, "2021-06-01", "ASSERTION"));
        String secondTerm = Claims.create(Claims.claim("In the second term", envoy, "2022-06-01", "ASSERTION"));
        String byAgency = Claims.create(Claims.claim("The agency says so", agency, "2021-01-01", "ASSERTION"));

        given().queryParam("sourceId", agency.toString()).queryParam("includeMembers", "true").get("/claims").then()
                .statusCode(200).body("items.id", contains(firstTerm, spanningBoth, byAgency, secondTerm))
                .body("total", equalTo(4));
        given().queryParam("sourceId", agency.toString()).queryParam("includeMembers", "true")
                .queryParam("size", "3").queryParam("page", "1").get("/claims").then()
                .statusCode(200).body("items.id", contains(secondTerm)).body("total", equalTo(4));
        given().queryParam("sourceId", agency.toString()).queryParam("includeMembers", "true")
                .queryParam("statedFrom", "2021").get("/claims").then()
                .statusCode(200).body("items.id", contains(spanningBoth, byAgency, secondTerm)).body("total", equalTo(3));
    }

    @Test
    void aStoryOfAnInstitutionIncludesWhoSpokeForItOnTheDayOfEachClaimAsOfADayAndAsRecorded() {
        UUID ministry = UUID.randomUUID();
        UUID press = UUID.randomUUID();
        UUID spokesman = UUID.randomUUID();
        // The ministry is also listed under its press office: a cycle the walk must end.
        String ministryJson = "{\"id\":\"" + ministry + "\",\"name\":\"Ministry\",\"kind\":\"INSTITUTION\","
                + "\"affiliations\":[{\"parentId\":\"" + press + "\",\"from\":\"2020\"}]}";
        String pressJson = "{\"id\":\"" + press + "\",\"name\":\"Press office\",\"kind\":\"OFFICE\","
                + "\"affiliations\":[{\"parentId\":\"" + ministry + "\",\"from\":\"2020\"}]}";
        String spokesmanJson = "{\"id\":\"" + spokesman + "\",\"name\":\"Spokesman\",\"kind\":\"PERSON\","
                + "\"affiliations\":[{\"parentId\":\"" + press + "\",\"from\":\"2024-03\",\"to\":\"2024-06\"}]}";
        SourcesStub.server().stubFor(WireMock.post(WireMock.urlMatching(SourcesStub.LOOKUPS)).atPriority(1)
                .withRequestBody(WireMock.containing(ministry.toString()))
                .willReturn(WireMock.okJson("{\"items\":[" + ministryJson + "],\"missing\":[],\"related\":["
                        + pressJson + "," + spokesmanJson + "]}")));
        for (UUID other : new UUID[] { press, spokesman }) {
            SourcesStub.server().stubFor(WireMock.post(WireMock.urlMatching(SourcesStub.LOOKUPS)).atPriority(2)
                    .withRequestBody(WireMock.containing(other.toString()))
                    .willReturn(WireMock.okJson("{\"items\":[" + pressJson + "," + spokesmanJson + "],\"missing\":[]}")));
        }
        String topic = Claims.uniqueTopic();
        String byMinistry = Claims.create("The ministry says so", ministry, "2024-01-10", "ASSERTION", List.of(topic));
        String byPress = Claims.create("The press office says so", press, "2024-02-01", "ASSERTION", List.of(topic));
        Instant beforeHim = Replay.moment();
        String whileSpeaking = Claims.create("He says so in April", spokesman, "2024-04-02", "ASSERTION", List.of(topic));
        String afterwards = Claims.create("He says so in September", spokesman, "2024-09-02", "ASSERTION", List.of(topic));
        String pinnedWhileSpeaking = Claims.create("He says so in May, elsewhere", spokesman, "2024-05-01", "ASSERTION",
                List.of("elsewhere"));
        String someoneElse = Claims.create("Someone else says so", SourcesStub.TV_CHOSUN, "2024-04-03", "ASSERTION",
                List.of(topic));

        Map<String, Object> story = new HashMap<>(Map.of("topics", List.of(topic), "pinnedIds",
                List.of(pinnedWhileSpeaking), "sourceId", ministry.toString(), "includeMembers", true));
        query(story).body("items.claim.id", contains(byMinistry, byPress, whileSpeaking, pinnedWhileSpeaking));
        story.put("asOf", "2024-03-01");
        query(story).body("items.claim.id", contains(byMinistry, byPress));
        story.remove("asOf");
        story.put("knownAt", beforeHim.toString());
        query(story).body("items.claim.id", contains(byMinistry, byPress));
        story.remove("knownAt");
        story.put("size", 2);
        String next = query(story).body("items.claim.id", contains(byMinistry, byPress)).extract().path("next");
        story.put("after", next);
        query(story).body("items.claim.id", contains(whileSpeaking, pinnedWhileSpeaking)).body("next", nullValue());

        query(Map.of("topics", List.of(topic), "sourceId", ministry.toString())).body("items.claim.id", contains(byMinistry));
        query(Map.of("topics", List.of(topic), "sourceId", spokesman.toString(), "includeMembers", true))
                .body("items.claim.id", contains(whileSpeaking, afterwards));
        query(Map.of("topics", List.of(topic))).body("items.claim.id",
                contains(byMinistry, byPress, whileSpeaking, someoneElse, afterwards));
    }

    private static ValidatableResponse query(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/claims/query").then().statusCode(200);
    }

    @Test
    void includeMembersNeedsASourceAndABoolean() {
        given().queryParam("includeMembers", "true").get("/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("includeMembers"));
        given().queryParam("includeMembers", "yes").queryParam("sourceId", UUID.randomUUID().toString()).get("/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("includeMembers"));
        given().queryParam("includeMembers", "maybe").get("/claims/track-records/" + UUID.randomUUID()).then()
                .statusCode(400).body("errors[0].field", equalTo("includeMembers"));
        given().contentType(ContentType.JSON).body(Map.of("topics", List.of("any"), "includeMembers", true))
                .post("/claims/query").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("includeMembers"));
        given().contentType(ContentType.JSON).body(Map.of("topics", List.of("any"), "sourceId", "nope"))
                .post("/claims/query").then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
    }
}
