package io.claimtrail.sources;

import io.claimtrail.testing.MalformedRequest;
import io.claimtrail.testing.TestDatabase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

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
        assertThat(catalogue.size(), greaterThanOrEqualTo(200));
        Map<String, Long> before = database.footprint();
        assertThat(before, hasKey("audit_entry"));
        return Stream.concat(
                catalogue.stream().map(request -> dynamicTest(request.toString(), request::assertRefused)),
                Stream.of(dynamicTest("nothing was written", () -> assertThat(database.footprint(), equalTo(before)))));
    }
}
