package io.claimtrail.sources;

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
@SourcesTest
class MalformedRequestCatalogueTest {

    private final TestDatabase database = TestDatabase.withVersionsOf("source");

    @TestFactory
    Stream<DynamicTest> everyMalformedRequestIsRefusedAndWritesNothing() {
        String parentId = Fixtures.create(Fixtures.source(Fixtures.unique("Catalogue parent"), "INSTITUTION"));
        String id = Fixtures.create(Fixtures.source(Fixtures.unique("Catalogue target"), "OUTLET"));
        List<MalformedRequest> catalogue = MalformedRequestCatalogue.all(id, parentId);
        return MalformedRequests.refusedWithoutWrites(catalogue, database);
    }
}
