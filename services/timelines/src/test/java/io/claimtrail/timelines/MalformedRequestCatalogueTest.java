package io.claimtrail.timelines;

import io.claimtrail.testing.MalformedRequest;
import io.claimtrail.testing.MalformedRequests;
import io.claimtrail.testing.TestDatabase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;


/**
 * Hundreds of malformed requests over every endpoint: each gets a 4xx problem, never a 5xx, and together they write
 * nothing at all (the rows of every table are counted before and after, with a direct JDBC connection).
 */
@TimelinesTest
class MalformedRequestCatalogueTest {

    private final TestDatabase database = TestDatabase.withVersionsOf("timeline", "event");

    @TestFactory
    Stream<DynamicTest> everyMalformedRequestIsRefusedAndWritesNothing() {
        Stubs.reset();
        String takenSlug = Timelines.uniqueSlug();
        Timelines.create(Timelines.timeline(takenSlug, "Catalogue neighbour", List.of()));
        String timeline = Timelines.create(Timelines.timeline(Timelines.uniqueSlug(), "Catalogue target",
                List.of("probe")));
        String event = Timelines.event(timeline, "Catalogue event", "2024-07-01");
        List<MalformedRequest> catalogue = MalformedRequestCatalogue.all(timeline, event, takenSlug);
        return MalformedRequests.refusedWithoutWrites(catalogue, database);
    }
}
