package io.claimtrail.common.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which fields of a body read back are the server's, and when they contradict the resource. */
class RoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode CURRENT = json("{'id':'7','name':'DoD','reliability':'B','reliabilityMeaning':'Usually"
            + " reliable','version':3,'updatedAt':'2024-07-02T12:00:00.123456Z','archived':false}");
    private static final Set<String> SHOWN = Set.of("id", "name", "reliability", "reliabilityMeaning", "version",
            "updatedAt", "archived", "archivedReason");
    private static final Set<String> DRAFT = Set.of("name", "reliability");

    @Test
    void managedFieldsEqualToTheStoredOnesAreLeftOut() {
        ObjectNode body = ((ObjectNode) CURRENT.deepCopy()).put("name", "Pentagon");
        body.putNull("archivedReason");
        RoundTrip.stripManaged(body, CURRENT, SHOWN, DRAFT);
        assertEquals(json("{'name':'Pentagon','reliability':'B'}"), body);
    }

    @Test
    void aTimestampOfAnotherPrecisionOrANumberWrittenOtherwiseIsTheSame() {
        ObjectNode body = (ObjectNode) json("{'updatedAt':'2024-07-02T14:00:00.123456+02:00','version':3.0}");
        RoundTrip.stripManaged(body, CURRENT, SHOWN, DRAFT);
        assertEquals(json("{}"), body);
    }

    @Test
    void contradictionsAreOne409NamingEachField() {
        ObjectNode body = (ObjectNode) json("{'id':'8','reliabilityMeaning':'Unreliable','version':3,'name':'x'}");
        ProblemException e = assertThrows(ProblemException.class, () -> RoundTrip.stripManaged(body, CURRENT, SHOWN, DRAFT));
        assertEquals(409, e.status());
        assertEquals(2, e.errors().size());
        assertEquals("id", e.errors().get(0).field());
        assertEquals("reliabilityMeaning", e.errors().get(1).field());
    }

    @Test
    void aManagedFieldTheResourceDoesNotHaveContradictsIt() {
        ObjectNode body = (ObjectNode) json("{'archivedReason':'duplicate'}");
        ProblemException e = assertThrows(ProblemException.class, () -> RoundTrip.stripManaged(body, CURRENT, SHOWN, DRAFT));
        assertEquals("archivedReason", e.errors().get(0).field());
    }

    @Test
    void unknownFieldsAreLeftForTheDraftToRefuse() {
        ObjectNode body = (ObjectNode) json("{'colour':'red'}");
        RoundTrip.stripManaged(body, CURRENT, SHOWN, DRAFT);
        assertTrue(body.has("colour"));
    }

    @Test
    void nullAndAbsentAreTheSameButNotAValue() {
        assertTrue(RoundTrip.same(null, JSON.nullNode()));
        assertTrue(RoundTrip.same(json("[]"), null), "a list GET leaves out while empty, sent back as []");
        assertTrue(RoundTrip.same(json("{}"), JSON.nullNode()));
        assertFalse(RoundTrip.same(json("['a']"), null));
        assertFalse(RoundTrip.same(JSON.nullNode(), JSON.getNodeFactory().textNode("x")));
        assertFalse(RoundTrip.same(json("['a','b']"), json("['b','a']")));
        assertFalse(RoundTrip.same(JSON.getNodeFactory().textNode("2024"), JSON.getNodeFactory().textNode("2025")));
        assertFalse(RoundTrip.same(JSON.getNodeFactory().numberNode(Double.POSITIVE_INFINITY),
                JSON.getNodeFactory().numberNode(6)));
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
