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

    static final String ASSESSMENT = """
            {
              "claimId": "0b7a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d",
              "text": "North Korea is planning to send engineering troops to Donetsk",
              "sourceId": "00000000-0000-4000-8000-000000000001",
              "status": "DISPUTED",
              "credibility": 4,
              "asOf": "2024-07-02",
              "sources": {
                "00000000-0000-4000-8000-000000000001": {"name": "TV Chosun", "reliability": "F"},
                "00000000-0000-4000-8000-000000000003": {"name": "Sabrina Singh", "reliability": "F"},
                "00000000-0000-4000-8000-000000000002": {"name": "U.S. Department of Defense", "reliability": "F"}
              },
              "linesFor": [],
              "linesAgainst": [],
              "noEvidence": [
                {"number": 1, "bearing": "NO_EVIDENCE", "independent": false, "bestReliability": "F", "reliable": false,
                 "claims": [
                   {"id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                    "text": "The Pentagon has nothing on specific North Korean troops going into Russia",
                    "kind": "NO_EVIDENCE", "statedOn": "2024-07-01", "status": "UNVERIFIED", "credibility": 6,
                    "relation": "NO_EVIDENCE_FOR", "direction": "INCOMING",
                    "sourceId": "00000000-0000-4000-8000-000000000003"},
                   {"id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
                    "text": "There is currently no evidence of North Korean troops being sent to Ukraine",
                    "kind": "NO_EVIDENCE", "statedOn": "2024-07-01/2024-07-02", "status": "UNVERIFIED",
                    "credibility": 6, "relation": "DUPLICATES", "direction": "INCOMING",
                    "sourceId": "00000000-0000-4000-8000-000000000002"}
                 ]}
              ],
              "retractions": [],
              "notCounted": [],
              "suggested": {"status": "DISPUTED", "statusRule": "ABSENCE_OF_EVIDENCE",
                "statusWhy": "no lines, only no-evidence statements -> status unchanged: an absence of evidence may justify DISPUTED, never REFUTED",
                "credibility": 4, "credibilityMeaning": "Doubtful", "stixConfidence": 30, "credibilityRule": "NO_LINES",
                "credibilityWhy": "no independent line for or against -> unchanged (Doubtful)", "admiralty": "F4"},
              "changes": false,
              "explanation": [
                "As of 2024-07-02, TV Chosun (F) said: \\"North Korea is planning to send engineering troops to Donetsk\\"; it stands DISPUTED with credibility 4 (Doubtful).",
                "No independent line supports it.",
                "No independent line contradicts it.",
                "Line 1 (2 claims): Sabrina Singh, for U.S. Department of Defense (F, 2024-07-01, NO_EVIDENCE_FOR): \\"The Pentagon has nothing on specific North Korean troops going into Russia\\"; U.S. Department of Defense (F, 2024-07-01/2024-07-02, DUPLICATES): \\"There is currently no evidence of North Korean troops being sent to Ukraine\\" - says there is no evidence: an absence of evidence, which neither supports nor contradicts the claim; it may justify DISPUTED, never REFUTED.",
                "Suggested status DISPUTED (ABSENCE_OF_EVIDENCE): no lines, only no-evidence statements -> status unchanged: an absence of evidence may justify DISPUTED, never REFUTED.",
                "Suggested credibility 4 (NO_LINES): no independent line for or against -> unchanged (Doubtful)."
              ]
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
