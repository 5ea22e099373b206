package io.claimtrail.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Issue #14's done-criterion on the seed story itself (deploy/demo): its sources, claims, relations and transitions
 * replayed through the claims API, the sources as the bundle rates and affiliates them; then TV Chosun's report as
 * of 2 July 2024 is explained line by line.
 */
@ClaimsTest
class SeedStoryAssessmentTest {

    private static final Path BUNDLE = Path.of("../../deploy/demo/nk-troops-2024-07-02.json");

    @Test
    void tvChosunsReportAsOfTheSecondOfJulyHasOnlyTheDepartmentsAbsenceOfEvidenceAndStaysDisputed() throws Exception {
        JsonNode bundle = new ObjectMapper().readTree(Files.readString(BUNDLE));
        Map<String, UUID> sources = new HashMap<>();
        bundle.get("sources").forEach(s -> sources.put(s.get("ref").asText(), UUID.randomUUID()));
        stubSources(bundle, sources);
        Map<String, String> claims = new HashMap<>();
        for (JsonNode claim : bundle.get("claims")) {
            Map<String, Object> body = Claims.claim(claim.get("text").asText(),
                    sources.get(claim.get("sourceRef").asText()), claim.get("statedOn").asText(),
                    claim.get("kind").asText());
            if (claim.has("resolvesBy")) {
                body.put("resolvesBy", claim.get("resolvesBy").asText());
            }
            claims.put(claim.get("ref").asText(), Claims.create(body));
        }
        for (JsonNode relation : bundle.get("relations")) {
            given().contentType(ContentType.JSON).body(Map.of("type", relation.get("type").asText(),
                            "targetId", claims.get(relation.get("toRef").asText())))
                    .post("/claims/" + claims.get(relation.get("fromRef").asText()) + "/relations").then()
                    .statusCode(201);
        }
        for (JsonNode claim : bundle.get("claims")) {
            for (JsonNode move : claim.path("transitions")) {
                Map<String, Object> body = new HashMap<>(Map.of("to", move.get("to").asText(),
                        "credibility", move.get("credibility").asInt(), "reason", move.get("reason").asText(),
                        "effectiveOn", move.get("effectiveOn").asText()));
                if (move.has("evidenceClaimRef")) {
                    body.put("evidenceClaimId", claims.get(move.get("evidenceClaimRef").asText()));
                }
                Claims.transition(claims.get(claim.get("ref").asText()), body).statusCode(200);
            }
        }
        String report = claims.get("tvc-deployment-plan");

        given().queryParam("asOf", "2024-07-02").get("/claims/" + report + "/assessment").then().statusCode(200)
                .body("status", equalTo("DISPUTED"))
                .body("credibility", equalTo(4))
                .body("linesFor", empty())
                .body("linesAgainst", empty())
                .body("retractions", empty())
                // one line, not two: the department's statement duplicates Singh's answer at the briefing
                .body("noEvidence", hasSize(1))
                .body("noEvidence[0].claims.id", contains(claims.get("singh-no-evidence"), claims.get("dod-no-evidence")))
                .body("noEvidence[0].independent", equalTo(false))
                // the line the explanation's "Line 1" names, its claims' sources each listed once by id
                .body("noEvidence[0].number", equalTo(1))
                .body("noEvidence[0].claims.sourceId", contains(sources.get("sabrina-singh").toString(),
                        sources.get("us-dod").toString()))
                .body("sources.'" + sources.get("us-dod") + "'.name", equalTo("U.S. Department of Defense"))
                .body("suggested.status", equalTo("DISPUTED"))
                .body("suggested.statusRule", equalTo("ABSENCE_OF_EVIDENCE"))
                .body("suggested.credibility", equalTo(4))
                .body("suggested.credibilityRule", equalTo("NO_LINES"))
                .body("suggested.admiralty", equalTo("F4"))
                .body("changes", equalTo(false))
                .body("explanation", hasSize(6))
                .body("explanation[0]", startsWith("As of 2024-07-02, TV Chosun (F) said: \"North Korea is planning"))
                .body("explanation[0]", containsString("it stands DISPUTED with credibility 4 (Doubtful)"))
                .body("explanation[1]", equalTo("No independent line supports it."))
                .body("explanation[2]", equalTo("No independent line contradicts it."))
                .body("explanation[3]", startsWith("Line 1 (2 claims): Sabrina Singh, for U.S. Department of Defense (F, "
                        + "2024-07-01, NO_EVIDENCE_FOR)"))
                .body("explanation[3]", containsString("U.S. Department of Defense (F, 2024-07-01/2024-07-02, DUPLICATES)"))
                .body("explanation[3]", containsString("says there is no evidence: an absence of evidence, which neither "
                        + "supports nor contradicts the claim; it may justify DISPUTED, never REFUTED"))
                .body("explanation[4]", startsWith("Suggested status DISPUTED (ABSENCE_OF_EVIDENCE): no lines, only "
                        + "no-evidence statements -> status unchanged: an absence of evidence may justify DISPUTED, "
                        + "never REFUTED"))
                .body("explanation[5]", startsWith("Suggested credibility 4 (NO_LINES)"))
                .body("explanation", not(hasItem(containsString("REFUTED ("))));
    }

    /** The sources service as the bundle describes them: each rated as given, affiliated by ref. */
    private static void stubSources(JsonNode bundle, Map<String, UUID> ids) {
        ArrayNode items = new ObjectMapper().createArrayNode();
        for (JsonNode source : bundle.get("sources")) {
            ObjectNode item = items.addObject();
            item.put("id", ids.get(source.get("ref").asText()).toString());
            item.put("name", source.get("name").asText());
            item.put("kind", source.get("kind").asText());
            item.put("reliability", source.get("reliability").asText());
            ArrayNode affiliations = item.putArray("affiliations");
            source.path("affiliations").forEach(a -> {
                ObjectNode link = affiliations.addObject();
                link.put("parentId", ids.get(a.get("parentRef").asText()).toString());
                link.put("role", a.get("role").asText());
                link.put("from", a.get("from").asText());
                if (a.has("to")) {
                    link.put("to", a.get("to").asText());
                }
            });
        }
        String anyOfThem = ids.values().stream().map(UUID::toString).collect(Collectors.joining("|", ".*(", ").*"));
        SourcesStub.server().stubFor(WireMock.post(WireMock.urlMatching(SourcesStub.LOOKUPS)).atPriority(1)
                .withRequestBody(WireMock.matching(anyOfThem))
                .willReturn(WireMock.okJson("{\"items\":" + items + ",\"missing\":[]}")));
    }
}
