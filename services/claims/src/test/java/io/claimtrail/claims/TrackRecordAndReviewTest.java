package io.claimtrail.claims;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimtrail.claims.SourcesStub.KYIV_POST;
import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@ClaimsTest
class TrackRecordAndReviewTest {

    @Test
    void trackRecordCountsResolvedClaimsAndMedianDays() {
        UUID source = UUID.randomUUID();
        SourcesStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/sources/lookup")
                .atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(source.toString()))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"items\":[{\"id\":\"" + source + "\",\"name\":\"Forecaster\",\"kind\":\"OUTLET\"}],\"missing\":[]}")));
        String confirmed = Claims.create(Claims.claim("comes true", source, "2024-01-01", "ASSERTION"));
        Claims.transition(confirmed, "CONFIRMED", 1, "2024-01-11").statusCode(200);
        String refuted = Claims.create(Claims.claim("proves false", source, "2024-01-01", "ASSERTION"));
        Claims.transition(refuted, "REFUTED", 5, "2024-01-31").statusCode(200);
        Map<String, Object> expired = Claims.claim("never happens", source, "2024-01-01", "FORECAST");
        expired.put("resolvesBy", "2024-03");
        Claims.create(expired);
        Map<String, Object> open = Claims.claim("still open", source, "2024-01-01", "FORECAST");
        open.put("resolvesBy", "2999");
        Claims.create(open);
        Claims.create(Claims.claim("unresolved", source, "2024-01-01", "DENIAL"));

        given().get("/claims/track-records/" + source).then().statusCode(200)
                .body("sourceId", equalTo(source.toString()))
                .body("claims", equalTo(5))
                .body("byStatus.UNVERIFIED", equalTo(3))
                .body("byStatus.CONFIRMED", equalTo(1))
                .body("byKind.FORECAST", equalTo(2))
                .body("resolved", equalTo(3))
                .body("confirmed", equalTo(1))
                .body("expiredForecasts", equalTo(1))
                .body("accuracy", equalTo(1f / 3))
                // 10, 30 and 90 days (1 Jan to 31 Mar 2024): the median is 30.
                .body("medianDaysToResolution", equalTo(30.0f));
        given().get("/claims/track-records/" + UUID.randomUUID()).then().statusCode(200)
                .body("claims", equalTo(0)).body("accuracy", nullValue());
        given().get("/claims/track-records/pentagon").then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
    }

    @Test
    void claimReviewIsSchemaOrgJsonLd() {
        Map<String, Object> body = Claims.claim("North Korea will send engineering troops to occupied Donetsk Oblast",
                TV_CHOSUN, "2024-06-27", "FORECAST");
        body.put("resolvesBy", "2024-07/..");
        body.put("appearances", List.of(
                Map.of("url", "https://www.kyivpost.com/post/34567", "publisherId", KYIV_POST.toString(), "publishedOn", "2024-07-02"),
                Map.of("url", "https://news.tvchosun.com/1", "publisherId", TV_CHOSUN.toString(), "publishedOn", "2024-06-27~")));
        String id = Claims.create(body);
        Claims.transition(id, "DISPUTED", 4, "2024-07-01").statusCode(200);

        given().accept("application/ld+json").get("/claims/" + id + "/claimreview").then().statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("ClaimReview"))
                .body("url", endsWith("/claims/" + id + "/claimreview"))
                .body("claimReviewed", equalTo("North Korea will send engineering troops to occupied Donetsk Oblast"))
                .body("author.name", equalTo("Claimtrail"))
                .body("itemReviewed.'@type'", equalTo("Claim"))
                .body("itemReviewed.author.'@type'", equalTo("Organization"))
                .body("itemReviewed.author.name", equalTo("TV Chosun"))
                .body("itemReviewed.datePublished", equalTo("2024-06-27"))
                .body("itemReviewed.appearance.size()", equalTo(2))
                .body("itemReviewed.appearance[0].url", equalTo("https://www.kyivpost.com/post/34567"))
                .body("itemReviewed.appearance[0].publisher.name", equalTo("Kyiv Post"))
                .body("itemReviewed.firstAppearance.url", equalTo("https://news.tvchosun.com/1"))
                .body("itemReviewed.firstAppearance.datePublished", equalTo("2024-06-27"))
                .body("reviewRating.'@type'", equalTo("Rating"))
                .body("reviewRating.ratingValue", equalTo(2))
                .body("reviewRating.bestRating", equalTo(5))
                .body("reviewRating.worstRating", equalTo(1))
                .body("reviewRating.alternateName", equalTo("Disputed"));

        String spokesperson = Claims.create(Claims.claim("no evidence", SourcesStub.SINGH, "2024-07-01", "NO_EVIDENCE"));
        given().get("/claims/" + spokesperson + "/claimreview").then().statusCode(200)
                .body("itemReviewed.author.'@type'", equalTo("Person"))
                .body("itemReviewed.author.name", equalTo("Sabrina Singh"))
                .body("reviewRating.alternateName", equalTo("Unverified"));
        String dod = Claims.create(Claims.claim("supports Russia", PENTAGON, "2024-07-01", "ASSERTION"));
        given().get("/claims/" + dod + "/claimreview").then()
                .body("itemReviewed.author.sameAs", equalTo("https://www.defense.gov"));
    }
}
