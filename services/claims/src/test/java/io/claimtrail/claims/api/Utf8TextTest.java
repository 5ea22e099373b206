package io.claimtrail.claims.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Utf8Text writes what Jackson's own String path writes, whatever the text holds. */
class Utf8TextTest {

    record Plain(String text) {
    }

    record Fast(@JsonSerialize(using = Utf8Text.class) String text) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "", "plain words", "a \"quote\" and a \\ backslash", "tab\tnew line\nreturn\r",
            "control \u0001 and \u001f", "TV 조선: 북한군 파병", "emoji \uD83D\uDE80 and é", "</script>" })
    void writesTheSameBytesAsJacksonsStringPath(String text) throws Exception {
        String expected = MAPPER.writeValueAsString(new Plain(text));
        assertEquals(expected, new String(MAPPER.writeValueAsBytes(new Fast(text)), StandardCharsets.UTF_8));
        // through a Writer (no UTF-8 generator) it falls back to the String path
        StringWriter out = new StringWriter();
        MAPPER.writeValue(out, new Fast(text));
        assertEquals(expected, out.toString());
    }
}
