package io.claimtrail.claims;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.RepeatedTest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

@ClaimsTest
class ConcurrencyTest {

    @RepeatedTest(5)
    void twoTransitionsWithOneETagExactlyOneWins() {
        String id = Claims.create(Claims.claim("contested", PENTAGON, "2024-07-01", "ASSERTION"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = List.of("DISPUTED", "CORROBORATED").stream()
                .map(to -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                            .body(Map.of("to", to, "reason", "race", "effectiveOn", "2024-07-02"))
                            .post("/claims/" + id + "/transitions").statusCode();
                })).toList();
        start.countDown();
        assertThat(calls.stream().map(CompletableFuture::join).toList(), containsInAnyOrder(200, 412));
        given().get("/claims/" + id + "/history").then().body("size()", equalTo(2));
        given().get("/claims/" + id).then().body("version", equalTo(1));
    }
}
