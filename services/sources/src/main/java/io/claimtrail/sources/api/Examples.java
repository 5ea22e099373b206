package io.claimtrail.sources.api;

/** Example bodies shown in the OpenAPI document. */
final class Examples {

    static final String SOURCE_INPUT = """
            {
              "name": "U.S. Department of Defense",
              "slug": "us-dod",
              "kind": "INSTITUTION",
              "aliases": ["Pentagon", "DoD"],
              "country": "US",
              "homepage": "https://www.defense.gov",
              "reliability": "B",
              "stateAffiliated": true
            }""";

    static final String PERSON_INPUT = """
            {
              "name": "Sabrina Singh",
              "kind": "PERSON",
              "country": "US",
              "affiliations": [
                {"parentId": "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "role": "Deputy Pentagon Press Secretary", "from": "2023"}
              ]
            }""";

    static final String SOURCE = """
            {
              "id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
              "slug": "us-dod",
              "name": "U.S. Department of Defense",
              "kind": "INSTITUTION",
              "aliases": ["Pentagon", "DoD"],
              "country": "US",
              "homepage": "https://www.defense.gov",
              "reliability": "B",
              "reliabilityMeaning": "Usually reliable",
              "stateAffiliated": true,
              "affiliations": [],
              "archived": false,
              "createdAt": "2024-07-02T09:00:00Z",
              "updatedAt": "2024-07-02T09:00:00Z",
              "version": 0
            }""";

    static final String INVALID = """
            {
              "type": "https://claimtrail.local/problems/invalid-input",
              "title": "Bad Request",
              "status": 400,
              "detail": "2 fields are invalid: country, reliability",
              "instance": "/sources",
              "errors": [
                {"field": "country", "message": "'USA' is not an ISO 3166-1 alpha-2 code such as US, KR or UA (upper case)"},
                {"field": "reliability", "message": "'G' is not one of [A, B, C, D, E, F]"}
              ]
            }""";

    static final String LOOKUP = """
            {"ids": ["1b4e28ba-2fa1-11d2-883f-0016d3cca427", "6f1c1a52-0000-4000-8000-000000000000"]}""";

    static final String MATCH = """
            {"items": [
              {"name": "Sabrina Singh", "title": "Deputy Pentagon Press Secretary", "statedOn": "2024-07-01"},
              {"name": "TV Chosun", "statedOn": "../2024-07-02"}
            ], "limit": 3}""";

    private Examples() {
    }
}
