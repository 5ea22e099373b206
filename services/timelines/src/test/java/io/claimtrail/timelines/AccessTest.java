package io.claimtrail.timelines;

import io.claimtrail.testing.TestTokens;
import io.claimtrail.testing.WithoutToken;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Who may do what: every endpoint with the least role it needs, real signed tokens, and what stays open. */
@TimelinesTest
class AccessTest {

    private static final String UNKNOWN = "6f1c1a52-0000-4000-8000-000000000000";

    /** One endpoint, called so that it writes nothing whoever calls it (an invalid body or an unknown id). */
    private record Endpoint(String method, String path, String body, Role least) {

        Response call(String authorization) {
            var request = authorization == null ? given() : given().header("Authorization", authorization);
            if (body != null) {
                request.contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"");
            }
            return request.request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private String slug;
    private String id;

    @BeforeEach
    void timeline() {
        Stubs.reset();
        slug = Timelines.uniqueSlug();
        id = given().header("Authorization", TestTokens.bearer(TestTokens.valid(Role.ANALYST)))
                .contentType(ContentType.JSON).body(Timelines.timeline(slug, "Access", List.of()))
                .post("/timelines").then().statusCode(201).extract().path("id");
    }

    private List<Endpoint> endpoints() {
        String timeline = "/timelines/" + slug;
        return List.of(
                new Endpoint("GET", "/timelines", null, Role.VIEWER),
                new Endpoint("GET", timeline, null, Role.VIEWER),
                new Endpoint("GET", timeline + "/entries", null, Role.VIEWER),
                new Endpoint("GET", timeline + "/timelinejs", null, Role.VIEWER),
                new Endpoint("GET", timeline + "/summary", null, Role.VIEWER),
                new Endpoint("GET", timeline + "/events", null, Role.VIEWER),
                new Endpoint("GET", timeline + "/events/" + UNKNOWN, null, Role.VIEWER),
                new Endpoint("POST", "/timelines", "{}", Role.ANALYST),
                new Endpoint("PUT", "/timelines/" + UNKNOWN, "{}", Role.ANALYST),
                new Endpoint("POST", timeline + "/events", "{}", Role.ANALYST),
                new Endpoint("PUT", timeline + "/events/" + UNKNOWN, "{}", Role.ANALYST),
                new Endpoint("DELETE", "/timelines/" + UNKNOWN, null, Role.EDITOR),
                new Endpoint("DELETE", timeline + "/events/" + UNKNOWN, null, Role.EDITOR),
                new Endpoint("GET", timeline + "/audit", null, Role.EDITOR),
                new Endpoint("POST", "/timelines/import", "{}", Role.ADMIN));
    }

    @TestFactory
    @WithoutToken
    Stream<DynamicTest> eachEndpointNeedsItsLeastRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            tests.add(dynamicTest(endpoint + " without a token: 401", () -> assertUnauthenticated(
                    endpoint.call(null))));
            if (endpoint.least() != Role.VIEWER) {
                Role below = Role.values()[endpoint.least().ordinal() - 1];
                tests.add(dynamicTest(endpoint + " as " + below + ": 403", () -> assertForbidden(
                        endpoint.call(TestTokens.bearer(TestTokens.valid(below))))));
            }
            tests.add(dynamicTest(endpoint + " as " + endpoint.least() + ": let through", () -> {
                Response response = endpoint.call(TestTokens.bearer(TestTokens.valid(endpoint.least())));
                assertThat(response.asString(), response.statusCode(), not(oneOf(401, 403, 500)));
            }));
        }
        tests.add(dynamicTest("a token without a role: 403", () -> assertForbidden(
                given().header("Authorization", TestTokens.bearer(TestTokens.withoutRole())).get("/timelines"))));
        return tests.stream();
    }

    @Test
    @WithoutToken
    void refusedTokensAre401Problems() {
        assertUnauthenticated(given().get("/timelines/" + slug));
        Map<String, String> refused = Map.of(
                "expired", TestTokens.expired(Role.ADMIN),
                "wrong issuer", TestTokens.wrongIssuer(Role.ADMIN),
                "wrong audience", TestTokens.wrongAudience(Role.ADMIN),
                "wrong signature", TestTokens.wrongSignature(Role.ADMIN),
                "garbage", "not.a.jwt",
                "empty", "");
        refused.forEach((what, token) -> {
            Response response = given().header("Authorization", TestTokens.bearer(token)).get("/timelines/" + slug);
            assertThat(what, response.statusCode(), equalTo(401));
            assertThat(what, response.contentType(), startsWith("application/problem+json"));
            assertThat(what, response.header("WWW-Authenticate"), startsWith("Bearer"));
        });
        Response basic = given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/timelines/" + slug);
        assertThat(basic.statusCode(), equalTo(401));
    }

    @Test
    @WithoutToken
    void healthOpenApiAndTheBundleSchemaNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        var paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().<String, Map<String, Map<String, Object>>>getMap("paths");
        Map<String, String> needs = Map.of("get", "viewer", "post", "analyst", "put", "analyst", "delete", "editor");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!needs.containsKey(method)) {
                return;
            }
            String description = String.valueOf(((Map<?, ?>) operation).get("description"));
            // a reviewed draft is imported by an analyst: it writes only claims, appearances and sources an analyst may
            String role = path.endsWith("/audit") ? "editor" : path.equals("/timelines/drafts/{id}/import") ? "analyst"
                    : path.endsWith("/import") ? "admin" : needs.get(method);
            assertThat(method + " " + path, description, containsString("Needs the " + role + " role"));
        }));
        Map<String, Object> entries = paths.get("/timelines/{timeline}/entries").get("get");
        for (Object parameter : (List<?>) entries.get("parameters")) {
            Map<?, ?> schema = (Map<?, ?>) ((Map<?, ?>) parameter).get("schema");
            if (!"timeline".equals(((Map<?, ?>) parameter).get("name"))) {
                assertThat(parameter.toString(), schema.get("maxLength"), org.hamcrest.Matchers.notNullValue());
            }
        }
        assertThat(paths.keySet(), org.hamcrest.Matchers.hasItems("/timelines", "/timelines/{timeline}/audit",
                "/timelines/import", "/timelines/{timeline}/events/{event}"));
        given().get("/schemas/bundle.schema.json").then().statusCode(200);
    }

    @Test
    void theActorIsTheTokensSubject() {
        String editor = TestTokens.bearer(TestTokens.valid(Role.EDITOR, "ann@newsroom.example"));
        given().header("Authorization", editor).delete("/timelines/" + id).then().statusCode(200);
        given().header("Authorization", editor).get("/timelines/" + slug + "/audit").then().statusCode(200)
                .body("items[-1].action", equalTo("archived"))
                .body("items[-1].actor", equalTo("ann@newsroom.example"));
    }

    private static void assertUnauthenticated(Response response) {
        assertThat(response.asString(), response.statusCode(), equalTo(401));
        assertThat(response.contentType(), startsWith("application/problem+json"));
        assertThat(response.header("WWW-Authenticate"), startsWith("Bearer"));
        assertThat(response.jsonPath().getInt("status"), equalTo(401));
    }

    private static void assertForbidden(Response response) {
        assertThat(response.asString(), response.statusCode(), equalTo(403));
        assertThat(response.contentType(), startsWith("application/problem+json"));
        assertThat(response.jsonPath().getString("detail"), containsString("role"));
    }
}
