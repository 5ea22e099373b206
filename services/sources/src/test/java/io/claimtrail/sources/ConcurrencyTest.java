package io.claimtrail.sources;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.RepeatedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

@SourcesTest
class ConcurrencyTest {

    @RepeatedTest(5)
    void twoWritersWithTheSameETagExactlyOneWins() {
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Contested"), "OUTLET"));
        List<Integer> statuses = race(List.of("C", "D"), reliability -> {
            Map<String, Object> change = Fixtures.source("Contested", "OUTLET");
            change.put("reliability", reliability);
            return given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                    .put("/sources/" + id).statusCode();
        });
        assertThat(statuses, containsInAnyOrder(200, 412));
        given().get("/sources/" + id).then().body("version", equalTo(1));
    }

    @RepeatedTest(3)
    void twoCreatorsOfOneSlugExactlyOneWins() {
        String slug = "race-" + Long.toHexString(System.nanoTime());
        List<Integer> statuses = race(List.of("One", "Two"), name -> {
            Map<String, Object> body = Fixtures.source(name, "OUTLET");
            body.put("slug", slug);
            return given().contentType(ContentType.JSON).body(body).post("/sources").statusCode();
        });
        assertThat(statuses, containsInAnyOrder(201, 409));
    }

    /** Runs both calls as close together as a latch allows and returns their statuses. */
    private static <T> List<Integer> race(List<T> inputs, java.util.function.Function<T, Integer> call) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (T input : inputs) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return call.apply(input);
            }));
        }
        start.countDown();
        return calls.stream().map(CompletableFuture::join).toList();
    }
}
