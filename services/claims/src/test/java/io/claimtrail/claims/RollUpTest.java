package io.claimtrail.claims;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** includeMembers: an institution's claims with those of whoever spoke for it on each claim's day. */
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
        SourcesStub.server().stubFor(WireMock.post("/sources/lookup").atPriority(1)
                .withRequestBody(WireMock.containing(ministry.toString()))
                .willReturn(WireMock.okJson("{\"items\":[" + ministryJson + "],\"missing\":[],\"related\":["
                        + pressJson + "," + spokeswomanJson + "]}")));
        for (UUID other : new UUID[] { spokeswoman, press }) {
            SourcesStub.server().stubFor(WireMock.post("/sources/lookup").atPriority(2)
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
    void includeMembersNeedsASourceAndABoolean() {
        given().queryParam("includeMembers", "true").get("/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("includeMembers"));
        given().queryParam("includeMembers", "yes").queryParam("sourceId", UUID.randomUUID().toString()).get("/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("includeMembers"));
        given().queryParam("includeMembers", "maybe").get("/claims/track-records/" + UUID.randomUUID()).then()
                .statusCode(400).body("errors[0].field", equalTo("includeMembers"));
    }
}
