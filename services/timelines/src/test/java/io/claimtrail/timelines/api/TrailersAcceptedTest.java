package io.claimtrail.timelines.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which TE header values accept trailers, and so get a streamed story's ETag (StoryAnswers). */
class TrailersAcceptedTest {

    @ParameterizedTest(name = "TE [{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "NONE|false",
        "trailers|true",
        "Trailers|true",
        "gzip, trailers|true",
        "deflate;q=0.5,  trailers|true",
        "trailers;q=1|true",
        "gzip|false",
        "trailer|false",
        "notrailers|false",
        "gzip&trailers|true",
    })
    void readsTheHeader(String te, boolean accepted) {
        List<String> values = te == null ? List.of() : Arrays.asList(te.split("&"));
        assertEquals(accepted, StoryAnswers.acceptsTrailers(values));
    }
}
