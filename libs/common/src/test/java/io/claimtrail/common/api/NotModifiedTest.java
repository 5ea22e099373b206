package io.claimtrail.common.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Which If-None-Match values name a tag (weak comparison), and that content tags follow the content. */
class NotModifiedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "\"3\"             | \"3\" | true",
            "W/\"3\"           | \"3\" | true",
            "\"2\", \"3\"      | \"3\" | true",
            "*                 | \"3\" | true",
            "\"2\"             | \"3\" | false",
            "3                 | \"3\" | false",
            "null              | \"3\" | false",
            "''                | \"3\" | false" })
    void matchesAsRfc9110Says(String ifNoneMatch, String tag, boolean expected) {
        assertEquals(expected, NotModified.matches(ifNoneMatch, tag));
    }

    @org.junit.jupiter.api.Test
    void equalContentHasTheEqualTag() {
        String a = NotModified.contentTag("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(a, NotModified.contentTag("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(a, NotModified.contentTag("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(35, a.length());
    }
}
