package io.claimtrail.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.claimtrail.common.text.Storable;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * JSON is read as written, or refused with a 400 naming the field. Jackson's default leniency would store
 * {@code "name": 42} as "42", read {@code "credibility": "5"} or {@code 5.9} as 5, {@code "reliability": 0} as the
 * first constant, {@code "stateAffiliated": 1} as true, keep the last of two equal members, ignore what follows the
 * body, and trim blanks and control characters (NUL included) off enum names and UUIDs. Every string must also be
 * {@link Storable} (no NUL, no half of a surrogate pair) and every timestamp within years 1 to 9999.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float);
        SimpleModule strict = new SimpleModule("claimtrail-strict-json")
                .addDeserializer(String.class, new Text())
                .addDeserializer(UUID.class, new Id())
                .addDeserializer(Instant.class, new Moment());
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new UntrimmedEnum(deserializer);
            }
        });
        mapper.registerModule(strict);
    }

    /** Last, after Quarkus' own customizer: the module registered last is asked first for a type's deserializer. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A JSON string only, and one PostgreSQL can store. */
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

    /** Exactly the 36 characters of a UUID: Jackson would trim around them, so that "id\u0000" named an id. */
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
            if (!uuidText(text)) {
                return (UUID) context.handleWeirdStringValue(UUID.class, text, "not a UUID");
            }
            return UUID.fromString(text);
        }
    }

    /**
     * Whether the text is a UUID's 36 characters exactly: 8-4-4-4-12 ASCII hex digits, either case (a loop: it runs for
     * every id of every body, thousands in a page of claims).
     */
    static boolean uuidText(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** An ISO-8601 string, as documented, within the years {@code timestamptz} keeps as they are. */
    static final class Moment extends StdScalarDeserializer<Instant> {

        Moment() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            Instant moment = InstantDeserializer.INSTANT.deserialize(parser, context);
            String problem = moment == null ? null : Storable.instantProblem(moment);
            if (problem != null) {
                throw JsonMappingException.from(parser, problem);
            }
            return moment;
        }
    }

    /** Refuses an enum name that starts or ends with what {@link String#trim()} would remove, then reads it as before. */
    static final class UntrimmedEnum extends DelegatingDeserializer {

        UntrimmedEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new UntrimmedEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
                    return context.handleWeirdStringValue(handledType(), text,
                            "it starts or ends with a blank or control character");
                }
            }
            return _delegatee.deserialize(parser, context);
        }
    }
}
