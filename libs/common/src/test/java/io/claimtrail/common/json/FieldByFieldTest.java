package io.claimtrail.common.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A body with several invalid fields is refused once, naming each of them. */
class FieldByFieldTest {

    enum Kind { PERSON, OUTLET }

    record Part(@NotNull UUID parentId, @NotBlank String role) {
    }

    record Body(@NotBlank String name, @NotNull Kind kind, UUID sourceId, Instant seenAt, @Min(1) @Max(6) Integer grade,
            boolean flag, List<@Valid Part> parts) {
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final ObjectMapper JSON = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new StrictJson().customize(mapper);
        new EveryInvalidField(VALIDATOR).customize(mapper);
        return mapper;
    }

    @Test
    void aValidBodyIsReadAsBefore() throws Exception {
        Body body = JSON.readValue("{\"name\":\"DoD\",\"kind\":\"OUTLET\",\"grade\":2,\"flag\":true,"
                + "\"parts\":[{\"parentId\":\"4f0c2a4e-8f35-4c55-9a57-2f1d7e0b9a11\",\"role\":\"press\"}]}", Body.class);
        assertEquals(new Body("DoD", Kind.OUTLET, null, null, 2, true,
                List.of(new Part(UUID.fromString("4f0c2a4e-8f35-4c55-9a57-2f1d7e0b9a11"), "press"))), body);
    }

    @Test
    void everyTypeFormatAndConstraintFailureIsNamedOnce() {
        ProblemException e = assertThrows(ProblemException.class, () -> JSON.readValue("{\"name\":\" \","
                + "\"kind\":\"ROBOT\",\"sourceId\":\"not-a-uuid\",\"seenAt\":\"yesterday\",\"grade\":9,\"flag\":\"yes\","
                + "\"colour\":\"red\",\"parts\":[{\"parentId\":\"x\",\"role\":\"\"},{\"role\":\"ok\"}]}", Body.class));
        assertEquals(400, e.status());
        assertEquals(List.of("colour", "flag", "grade", "kind", "name", "parts[0].parentId", "parts[0].role",
                "parts[1].parentId", "seenAt", "sourceId"), e.errors().stream().map(FieldProblem::field).toList());
        assertEquals("unknown field", message(e, "colour"));
        assertEquals("'ROBOT' is not one of [PERSON, OUTLET]", message(e, "kind"));
    }

    @Test
    void aConstraintOnAFieldThatCouldNotBeReadIsNotNamedTwice() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> JSON.readValue("{\"name\":\"DoD\",\"kind\":7}", Body.class));
        assertEquals(List.of("kind"), e.errors().stream().map(FieldProblem::field).toList());
    }

    private static String message(ProblemException e, String field) {
        return e.errors().stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow().message();
    }
}
