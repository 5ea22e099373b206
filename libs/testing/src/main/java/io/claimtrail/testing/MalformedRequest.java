package io.claimtrail.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

/**
 * One request the service must refuse. The path and query are sent exactly as written (already percent-encoded), the
 * body as the given bytes, so that the malformation reaches the server unaltered by the client library.
 */
public record MalformedRequest(String what, String method, String pathAndQuery, Map<String, String> headers,
        String contentType, byte[] body) {

    public static MalformedRequest of(String what, String method, String pathAndQuery) {
        return new MalformedRequest(what, method, pathAndQuery, Map.of(), null, null);
    }

    public MalformedRequest json(String json) {
        return body("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public MalformedRequest body(String type, byte[] bytes) {
        return new MalformedRequest(what, method, pathAndQuery, headers, type, bytes);
    }

    public MalformedRequest header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new MalformedRequest(what, method, pathAndQuery, more, contentType, body);
    }

    /** Sends the request and checks the answer is a client error told as a problem. */
    public void assertRefused() {
        RequestSpecification request = given().urlEncodingEnabled(false).headers(headers);
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null && "application/x-www-form-urlencoded".equals(contentType)) {
            request.body(new String(body, StandardCharsets.UTF_8));
        } else if (body != null) {
            request.body(body);
        }
        Response response = request.request(method, pathAndQuery);
        String answer = this + " got " + response.statusCode() + " " + response.contentType() + " " + response.asString();
        assertThat(answer, response.statusCode(), allOf(greaterThanOrEqualTo(400), lessThan(500)));
        assertThat(answer, response.contentType(), startsWith("application/problem+json"));
        assertThat(answer, response.jsonPath().getInt("status"), equalTo(response.statusCode()));
        assertThat(answer, response.jsonPath().getString("detail"), not(emptyOrNullString()));
    }

    @Override
    public String toString() {
        return method + " " + abbreviate(pathAndQuery) + ": " + what;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
