package io.claimtrail.claims;

import io.claimtrail.testing.TestDatabase;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * claim.topics (V5) copies a claim's claim_topic rows in position order, kept by triggers through every write
 * Hibernate makes; the topic filter of GET /claims reads it.
 */
@ClaimsTest
class TopicsColumnTest {

    @Test
    void followsTheTopicsThroughCreateAndEdits() {
        String a = Claims.uniqueTopic();
        String b = Claims.uniqueTopic();
        String c = Claims.uniqueTopic();
        String d = Claims.uniqueTopic();
        String word = "qy" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "");
        String id = Claims.create(word + " shells were delivered", PENTAGON, "2024-07-01", "ASSERTION",
                List.of(a, b, c));
        assertTopics(id, 0, a, b, c);
        listed(a, null, id);
        listed(b, word, id);

        // Reordered and one removed, with a new date (claim_order_to_topics updates claim_topic too).
        edit(id, 0, word, "2024-08-01", List.of(c, a));
        assertTopics(id, 1, c, a);
        listed(c, word, id);
        notListed(b, null, id);
        notListed(b, word, id);

        // Added at both ends.
        edit(id, 1, word, "2024-08-01", List.of(d, c, a, b));
        assertTopics(id, 2, d, c, a, b);
        listed(d, null, id);
        listed(b, word, id);

        // All removed.
        edit(id, 2, word, "2024-08-01", List.of());
        assertTopics(id, 3);
        notListed(a, null, id);
        notListed(d, word, id);
        given().queryParam("q", word).get("/claims").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void anyOfSeveralTopicsMatchesWithAndWithoutQ() {
        String a = Claims.uniqueTopic();
        String b = Claims.uniqueTopic();
        String other = Claims.uniqueTopic();
        String word = "qw" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "");
        String first = Claims.create(word + " first", PENTAGON, "2024-07-01", "ASSERTION", List.of(a));
        String second = Claims.create(word + " second", PENTAGON, "2024-07-02", "ASSERTION", List.of(other, b));
        String neither = Claims.create(word + " neither", PENTAGON, "2024-07-03", "ASSERTION", List.of(other));
        given().queryParam("topic", a).queryParam("topic", b).get("/claims").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(first, second));
        given().queryParam("topic", a).queryParam("topic", b).queryParam("q", word).get("/claims").then()
                .statusCode(200).body("total", equalTo(2)).body("items.id", not(hasItem(neither)));
        given().queryParam("topic", other).queryParam("q", word + " second").get("/claims").then()
                .statusCode(200).body("total", equalTo(1)).body("items.id", contains(second));
    }

    /** The column in the database, and a version that only the API's writes moved. */
    private static void assertTopics(String id, long version, String... topics) {
        @SuppressWarnings("unchecked")
        List<Object> stored = (List<Object>) TestDatabase.value("SELECT topics FROM claim WHERE id = ?::uuid", id);
        if (topics.length == 0) {
            assertThat(stored, empty());
        } else {
            assertThat(stored, contains((Object[]) topics));
        }
        assertThat(TestDatabase.value("SELECT version FROM claim WHERE id = ?::uuid", id), equalTo(version));
        given().get("/claims/" + id).then().statusCode(200).body("topics", equalTo(List.of(topics)))
                .header("ETag", "\"" + version + "\"");
    }

    private static void edit(String id, long version, String word, String statedOn, List<String> topics) {
        Map<String, Object> change = Claims.claim(word + " shells were delivered", PENTAGON, statedOn, "ASSERTION");
        change.put("topics", topics);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(change)
                .put("/claims/" + id).then().statusCode(200).header("ETag", "\"" + (version + 1) + "\"");
    }

    private static void listed(String topic, String q, String id) {
        var request = given().queryParam("topic", topic);
        if (q != null) {
            request = request.queryParam("q", q);
        }
        request.get("/claims").then().statusCode(200).body("items.id", hasItem(id));
    }

    private static void notListed(String topic, String q, String id) {
        var request = given().queryParam("topic", topic);
        if (q != null) {
            request = request.queryParam("q", q);
        }
        request.get("/claims").then().statusCode(200).body("items.id", not(hasItem(id)));
    }
}
