package io.claimtrail.sources;

import io.claimtrail.testing.AsRole;
import io.claimtrail.testing.TestTokens;
import io.claimtrail.testing.WithoutToken;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Who may do what, with real signed tokens against the real endpoints. */
@SourcesTest
class AccessTest {

    private static final String UNKNOWN = "6f1c1a52-0000-4000-8000-000000000000";

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("expired", TestTokens.bearer(TestTokens.expired(Role.ADMIN))),
                Arguments.of("wrong issuer", TestTokens.bearer(TestTokens.wrongIssuer(Role.ADMIN))),
                Arguments.of("wrong audience", TestTokens.bearer(TestTokens.wrongAudience(Role.ADMIN))),
                Arguments.of("wrong signature", TestTokens.bearer(TestTokens.wrongSignature(Role.ADMIN))),
                Arguments.of("garbage", "Bearer not.a.jwt"),
                Arguments.of("empty bearer", "Bearer "),
                Arguments.of("unsigned", TestTokens.bearer(unsigned(TestTokens.valid(Role.ADMIN)))));
    }

    @Test
    @WithoutToken
    void withoutATokenEveryEndpointIs401WithAChallenge() {
        for (String[] call : List.of(new String[] { "GET", "/sources" }, new String[] { "GET", "/sources/x-y" },
                new String[] { "POST", "/sources" }, new String[] { "PUT", "/sources/" + UNKNOWN },
                new String[] { "DELETE", "/sources/" + UNKNOWN }, new String[] { "GET", "/sources/resolve?name=x" },
                new String[] { "POST", "/sources/lookup" }, new String[] { "POST", "/sources/lookup/facts" },
                new String[] { "GET", "/sources/x-y/affiliations" },
                new String[] { "GET", "/sources/x-y/members" }, new String[] { "GET", "/sources/x-y/audit" })) {
            given().contentType(ContentType.JSON).body("{}").request(call[0], call[1]).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401))
                    .body("detail", containsString("bearer token"));
        }
    }

    @ParameterizedTest(name = "{0} token")
    @MethodSource("refusedTokens")
    void refusedTokenIs401(String what, String authorization) {
        given().header("Authorization", authorization).get("/sources").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void basicAuthenticationIs401() {
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/sources").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void tokenWithoutARoleIs403() {
        given().header("Authorization", TestTokens.bearer(TestTokens.withoutRole())).get("/sources").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("viewer < analyst < editor < admin"));
    }

    @Test
    @AsRole(Role.VIEWER)
    void viewerReadsButCannotWrite() {
        String id = as(Role.ANALYST).contentType(ContentType.JSON)
                .body(Fixtures.source(Fixtures.unique("Viewer target"), "OUTLET"))
                .post("/sources").then().statusCode(201).extract().path("id");
        given().get("/sources/" + id).then().statusCode(200);
        given().get("/sources").then().statusCode(200);
        given().get("/sources/" + id + "/affiliations").then().statusCode(200);
        given().get("/sources/" + id + "/members").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(id))).post("/sources/lookup").then()
                .statusCode(200);

        String name = Fixtures.unique("Viewer made");
        given().contentType(ContentType.JSON).body(Fixtures.source(name, "OUTLET")).post("/sources").then()
                .statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.source("Renamed by a viewer", "OUTLET")).put("/sources/" + id).then()
                .statusCode(403).contentType("application/problem+json");
        given().delete("/sources/" + id).then().statusCode(403).contentType("application/problem+json");
        given().get("/sources/" + id + "/audit").then().statusCode(403);
        given().queryParam("name", name).get("/sources/resolve").then().statusCode(404);
        given().get("/sources/" + id).then().body("version", equalTo(0)).body("archived", equalTo(false));
    }

    @Test
    @AsRole(Role.ANALYST)
    void archivingNeedsAnEditor() {
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Archive target"), "OUTLET"));
        given().delete("/sources/" + id).then().statusCode(403).contentType("application/problem+json");
        given().get("/sources/" + id).then().body("archived", equalTo(false));
        as(Role.EDITOR).delete("/sources/" + id).then().statusCode(200).body("archived", equalTo(true));
    }

    @Test
    @AsRole(Role.ANALYST)
    void auditNeedsAnEditor() {
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Audited"), "OUTLET"));
        given().get("/sources/" + id + "/audit").then().statusCode(403).contentType("application/problem+json");
        as(Role.EDITOR).get("/sources/" + id + "/audit").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    @AsRole(Role.ANALYST)
    void creatingWithAReliabilityOtherThanFNeedsAnEditor() {
        String name = Fixtures.unique("Rated by an analyst");
        Map<String, Object> rated = Fixtures.source(name, "OUTLET");
        rated.put("reliability", "B");
        Fixtures.post(rated).statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reliability"))
                .body("requiredRole", equalTo("editor"));
        given().queryParam("name", name).get("/sources/resolve").then().statusCode(404);

        rated.put("reliability", "F");
        Fixtures.post(rated).statusCode(201).body("reliability", equalTo("F"));
        Map<String, Object> byEditor = Fixtures.source(Fixtures.unique("Rated by an editor"), "OUTLET");
        byEditor.put("reliability", "B");
        as(Role.EDITOR).contentType(ContentType.JSON).body(byEditor).post("/sources").then().statusCode(201)
                .body("reliability", equalTo("B"));
    }

    @Test
    @AsRole(Role.ANALYST)
    void analystEditsButKeepsTheReliability() {
        Map<String, Object> body = Fixtures.source(Fixtures.unique("Rated outlet"), "OUTLET");
        body.put("reliability", "B");
        String id = as(Role.EDITOR).contentType(ContentType.JSON).body(body).post("/sources").then()
                .statusCode(201).extract().path("id");

        Map<String, Object> edit = Fixtures.source("Rated outlet, renamed", "OUTLET");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit).put("/sources/" + id).then()
                .statusCode(200).body("reliability", equalTo("B")).body("name", equalTo("Rated outlet, renamed"));
        edit.put("reliability", "B");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(edit).put("/sources/" + id).then()
                .statusCode(200).body("reliability", equalTo("B"));
        edit.put("reliability", "A");
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(edit).put("/sources/" + id).then()
                .statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reliability"));
        given().get("/sources/" + id).then().body("reliability", equalTo("B")).body("version", equalTo(2));

        as(Role.EDITOR).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(edit).put("/sources/" + id)
                .then().statusCode(200).body("reliability", equalTo("A"));
    }

    @Test
    @WithoutToken
    void healthAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/sources'.post.description", containsString("analyst role"))
                .body("paths.'/sources'.get.description", containsString("viewer role"))
                .body("paths.'/sources/{source}'.delete.description", containsString("editor role"))
                .body("paths.'/sources/{source}/audit'.get.description", containsString("editor role"))
                .body("components.securitySchemes", org.hamcrest.Matchers.hasKey("bearer"));
    }

    @Test
    void theActorRecordedIsTheTokensSubject() {
        String ann = TestTokens.bearer(TestTokens.valid(Role.EDITOR, "ann@newsroom.example"));
        String bob = TestTokens.bearer(TestTokens.valid(Role.ANALYST, "bob@newsroom.example"));
        String id = given().header("Authorization", ann).contentType(ContentType.JSON)
                .body(Fixtures.source(Fixtures.unique("Ann's source"), "OUTLET")).post("/sources").then()
                .statusCode(201).extract().path("id");
        given().header("Authorization", bob).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.source("Bob's edit", "OUTLET")).put("/sources/" + id).then().statusCode(200);
        given().header("Authorization", ann).get("/sources/" + id + "/audit").then().statusCode(200)
                .body("items.actor", org.hamcrest.Matchers.contains("ann@newsroom.example", "bob@newsroom.example"))
                .body("items.actor", not(hasItem("admin@claimtrail.local")));
    }

    private static RequestSpecification as(Role role) {
        return given().header("Authorization", TestTokens.bearer(TestTokens.valid(role)));
    }

    /** The token's header and claims with {@code alg: none} and no signature. */
    private static String unsigned(String token) {
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }
}
