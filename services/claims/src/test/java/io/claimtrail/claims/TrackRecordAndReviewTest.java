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
    void trackRecordKeepsRetractionsApartAndScoresWhatWasStated() {
        UUID source = UUID.randomUUID();
        SourcesStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlMatching(SourcesStub.LOOKUPS))
                .atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(source.toString()))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"items\":[{\"id\":\"" + source + "\",\"name\":\"Forecaster\",\"kind\":\"OUTLET\"}],\"missing\":[]}")));
        Map<String, Object> confirmedBody = Claims.claim("comes true", source, "2024-01-01", "ASSERTION");
        confirmedBody.put("credibility", 2);
        String confirmed = Claims.create(confirmedBody);
        Claims.transition(confirmed, "CONFIRMED", 1, "2024-01-11").statusCode(200);
        Map<String, Object> refutedBody = Claims.claim("proves false", source, "2024-01-01", "ASSERTION");
        refutedBody.put("credibility", 3);
        String refuted = Claims.create(refutedBody);
        Claims.transition(refuted, "REFUTED", 5, "2024-01-31").statusCode(200);
        Map<String, Object> expired = Claims.claim("never happens", source, "2024-01-01", "FORECAST");
        expired.put("resolvesBy", "2024-03");
        expired.put("credibility", 4);
        Claims.create(expired);
        Map<String, Object> open = Claims.claim("still open", source, "2024-01-01", "FORECAST");
        open.put("resolvesBy", "2999");
        Claims.create(open);
        Claims.create(Claims.claim("unresolved", source, "2024-01-01", "DENIAL"));
        String withdrawn = Claims.create(Claims.claim("withdrawn by its speaker", source, "2024-01-01", "ASSERTION"));
        Claims.transition(withdrawn, "RETRACTED", null, "2024-01-05").statusCode(200);

        given().get("/claims/track-records/" + source).then().statusCode(200)
                .body("sourceId", equalTo(source.toString()))
                .body("claims", equalTo(6))
                .body("byStatus.UNVERIFIED", equalTo(3))
                .body("byStatus.CONFIRMED", equalTo(1))
                .body("byKind.FORECAST", equalTo(2))
                // Only confirmations and refutations are resolved; a retraction and an expired forecast are apart.
                .body("resolved", equalTo(2))
                .body("confirmed", equalTo(1))
                .body("refuted", equalTo(1))
                .body("retracted", equalTo(1))
                .body("expiredForecasts", equalTo(1))
                .body("accuracyRaw", equalTo(0.5f))
                // Beta(1,1): (1+1)/(2+2), 90 % interval of Beta(2,2)
                .body("accuracy.estimate", equalTo(0.5f))
                .body("accuracy.low", near(0.1354, 0.0001))
                .body("accuracy.high", near(0.8646, 0.0001))
                // (0.7-1)^2 + (0.5-0)^2 + (0.3-0)^2 over three: 0.43 / 3
                .body("brier.claims", equalTo(3))
                .body("brier.score", near(0.143333, 0.00001))
                .body("leadTimes.confirmed", equalTo(1))
                .body("leadTimes.longest[0].claimId", equalTo(confirmed))
                .body("leadTimes.longest[0].days", equalTo(10))
                // 10 and 30 days to the verdicts
                .body("medianDaysToResolution", equalTo(20.0f));
        // As of 20 January the refutation had not come: one resolved claim, 1 of 1 is not "100 %".
        given().queryParam("asOf", "2024-01-20").get("/claims/track-records/" + source).then().statusCode(200)
                .body("resolved", equalTo(1)).body("accuracyRaw", equalTo(1.0f))
                .body("accuracy.estimate", near(0.6667, 0.0001)).body("expiredForecasts", equalTo(0));
        given().get("/claims/" + withdrawn + "/claimreview").then().statusCode(200)
                .body("reviewRating.alternateName", equalTo("Retracted by the speaker"))
                .body("reviewRating.ratingValue", nullValue())
                .body("reviewBody", containsString("no finding that the claim is false"));
        given().get("/claims/track-records/" + UUID.randomUUID()).then().statusCode(200)
                .body("claims", equalTo(0)).body("accuracyRaw", nullValue()).body("accuracy.estimate", equalTo(0.5f));
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

    /** JSON numbers come back as floats: within {@code tolerance} of {@code value}. */
    private static org.hamcrest.Matcher<Float> near(double value, double tolerance) {
        return org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThan((float) (value - tolerance)))
                .and(org.hamcrest.Matchers.lessThan((float) (value + tolerance)));
    }
}
