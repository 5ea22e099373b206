package io.claimtrail.claims.api;

/** Example bodies shown in the OpenAPI document, from the story of 2 July 2024. */
final class Examples {

    static final String CLAIM_INPUT = """
            {
              "text": "North Korea plans to send military engineers to occupied Donetsk Oblast as early as July 2024",
              "sourceId": "5f0c3c9e-8f4e-4c55-9d6c-1b2a3c4d5e6f",
              "statedOn": "2024-06",
              "kind": "FORECAST",
              "resolvesBy": "2024-12",
              "topics": ["north-korea", "russia", "ukraine", "donetsk"],
              "language": "en",
              "appearances": [
                {"url": "https://example.org/nk-engineers", "publishedOn": "2024-06", "retrievedAt": "2024-07-02T09:00:00Z"}
              ]
            }""";

    static final String TRANSITION_INPUT = """
            {
              "to": "DISPUTED",
              "credibility": 4,
              "reason": "The Pentagon has no evidence of North Korean troops going to Ukraine",
              "evidenceUrl": "https://www.defense.gov/News/Transcripts/",
              "effectiveOn": "2024-07-01"
            }""";

    static final String CLAIM_REVIEW = """
            {
              "@context": "https://schema.org",
              "@type": "ClaimReview",
              "url": "http://localhost:8082/claims/0b7a.../claimreview",
              "claimReviewed": "North Korea plans to send military engineers to occupied Donetsk Oblast",
              "author": {"@type": "Organization", "name": "Claimtrail"},
              "datePublished": "2024-07-02",
              "itemReviewed": {
                "@type": "Claim",
                "author": {"@type": "Organization", "name": "TV Chosun"},
                "datePublished": "2024-06",
                "appearance": [{"@type": "CreativeWork", "url": "https://example.org/nk-engineers"}],
                "firstAppearance": {"@type": "CreativeWork", "url": "https://example.org/nk-engineers"}
              },
              "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1, "alternateName": "Disputed"}
            }""";

    private Examples() {
    }

    static final String SIMILAR_INPUT = """
            {"items": [
              {"text": "There is no evidence of North Korean troops being sent to Ukraine.",
               "sourceId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "statedOn": "2024-07-01"},
              {"text": "North Korea will send engineering troops to Donetsk.", "statedOn": "../2024-07-02"}
             ],
             "windowDays": 30, "limit": 5}""";
}
