package io.claimtrail.claims.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The sources client's own mapper writes lookups as the sources service reads them and reads its answers. */
class TrustedAnswersTest {

    private final ObjectMapper mapper = SourcesRestClient.trustedAnswers(null);

    @Test
    void writesTheLookupWithAnIsoMomentAndWithoutAbsentMembers() throws Exception {
        UUID id = UUID.fromString("0013376f-cb16-fbe8-e828-586612b37297");
        String body = mapper.writeValueAsString(new SourcesRestClient.LookupRequest(List.of(id), "2024-07-02",
                Instant.parse("2024-07-03T10:15:30Z"), Boolean.TRUE, null));
        assertEquals("{\"ids\":[\"" + id + "\"],\"asOf\":\"2024-07-02\",\"knownAt\":\"2024-07-03T10:15:30Z\","
                + "\"ancestors\":true}", body);
    }

    @Test
    void readsTheFactsAnswerIgnoringMembersItDoesNotKnow() throws Exception {
        String answer = """
                {"items":[{"id":"8330c47a-d2c1-594f-58ed-3c1493e14a4a","name":"Agency Pentagon","reliability":"B",
                  "affiliations":[{"parentId":"13e983f4-0d88-8b3a-ae1b-8cb8212ec3cc","role":"member","from":"2020",
                  "validFromEarliest":"2020-01-01"}],"newField":1}],
                 "missing":[],"related":[]}""";
        SourcesRestClient.LookupResponse read = mapper.readValue(answer, SourcesRestClient.LookupResponse.class);
        SourceSummary source = read.items().get(0);
        assertEquals("Agency Pentagon", source.name());
        assertEquals("B", source.reliability());
        assertNull(source.slug());
        assertEquals(UUID.fromString("13e983f4-0d88-8b3a-ae1b-8cb8212ec3cc"), source.affiliations().get(0).parentId());
        assertEquals("2020", source.affiliations().get(0).from());
        assertNull(source.affiliations().get(0).to());
    }
}
