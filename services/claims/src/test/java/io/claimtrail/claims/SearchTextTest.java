package io.claimtrail.claims;

import io.claimtrail.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * q is words to match, never SQL or a LIKE pattern: %, _, quotes and backslashes match nothing by themselves, and
 * text around them is searched as written.
 */
@ClaimsTest
class SearchTextTest {

    private final TestDatabase rows = TestDatabase.withVersionsOf("claim");

    private String topic;
    private String inflation;

    @BeforeEach
    void twoClaims() {
        topic = Claims.uniqueTopic();
        inflation = Claims.create(withTopic("Inflation reached 50% in May, says the ministry_of_finance"));
        Claims.create(withTopic("Grain exports doubled"));
    }

    private java.util.Map<String, Object> withTopic(String text) {
        var body = Claims.claim(text, PENTAGON, "2024-07-01", "ASSERTION");
        body.put("topics", List.of(topic));
        return body;
    }

    private io.restassured.response.ValidatableResponse search(String q) {
        return given().queryParam("topic", topic).queryParam("q", q).get("/claims").then().statusCode(200);
    }

    @ParameterizedTest(name = "q={0} matches nothing")
    @ValueSource(strings = { "%", "_", "%%", "\\", "'", "''", "\"", "%_%", "\\%", "' OR '1'='1", "'; DROP TABLE claim; --",
            "*", "!", "&", "|", ":*", "(", "<->" })
    void metacharactersAloneMatchNothing(String q) {
        long claims = rows.count("claim");
        search(q).body("total", equalTo(0));
        assertThat("the claim table is intact", rows.count("claim"), equalTo(claims));
    }

    @ParameterizedTest(name = "q={0} finds the inflation claim")
    @ValueSource(strings = { "50%", "inflation%", "ministry_of_finance", "'inflation'", "inflation\\", "\"reached 50\"" })
    void wordsAroundMetacharactersAreSearchedAsWritten(String q) {
        search(q).body("total", equalTo(1)).body("items.id", contains(inflation));
    }
}
