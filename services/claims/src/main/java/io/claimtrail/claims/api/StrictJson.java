package io.claimtrail.claims.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * JSON is read as written: a string field takes only a JSON string (not 123 or true), an enum only its name (not its
 * position), a UUID only its 36 characters (not padded or shortened), and strings and timestamps must be
 * {@link Storable}. Each refusal is a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final Pattern UUID_TEXT = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.registerModule(new SimpleModule("claimtrail-strict-json")
                .addDeserializer(String.class, new Text())
                .addDeserializer(UUID.class, new Id())
                .addDeserializer(Instant.class, new Moment()));
    }

    /** Last, after Quarkus' own customizer: the module registered last is asked first for a type's deserializer. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String value = parser.getText();
            String problem = Storable.textProblem(value);
            if (problem != null) {
                throw JsonMappingException.from(parser, problem);
            }
            return value;
        }
    }

    static final class Id extends StdScalarDeserializer<UUID> {

        Id() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (UUID) context.handleUnexpectedToken(UUID.class, parser);
            }
            String text = parser.getText();
            if (!UUID_TEXT.matcher(text).matches()) {
                return (UUID) context.handleWeirdStringValue(UUID.class, text, "not a UUID");
            }
            return UUID.fromString(text);
        }
    }

    static final class Moment extends StdScalarDeserializer<Instant> {

        Moment() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Instant moment = InstantDeserializer.INSTANT.deserialize(parser, context);
            String problem = moment == null ? null : Storable.momentProblem(moment);
            if (problem != null) {
                throw JsonMappingException.from(parser, problem);
            }
            return moment;
        }
    }
}
