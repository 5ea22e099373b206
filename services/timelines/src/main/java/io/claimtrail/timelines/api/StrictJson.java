package io.claimtrail.timelines.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.claimtrail.timelines.domain.PlainText;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * JSON as documented, or a 400: values must have their documented type (Jackson would otherwise store
 * {@code "title": 42} as "42", {@code "occurred": 2024} as a date and {@code "credibility": "5"} or {@code 5.9} as 5),
 * a member may appear once, nothing may follow the body, every string must be storable (a NUL or half of a surrogate
 * pair names its field instead of failing in the database), and a UUID is its 36 characters, nothing around them.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // A member given twice, or a second value after the body, would otherwise be read without a word.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("strict-scalars").addDeserializer(String.class, new Storable())
                .addDeserializer(UUID.class, new CanonicalUuid()));
    }

    static final class Storable extends StdScalarDeserializer<String> {

        Storable() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String problem = value == null ? null : PlainText.unstorable(value);
            if (problem != null) {
                throw JsonMappingException.from(parser, problem);
            }
            return value;
        }
    }

    /** Jackson would trim whitespace and control characters around a UUID, so that "id\u0000" named an id. */
    static final class CanonicalUuid extends StdScalarDeserializer<UUID> {

        private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

        CanonicalUuid() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (UUID) context.handleUnexpectedToken(UUID.class, parser);
            }
            String text = parser.getText();
            if (!CANONICAL.matcher(text).matches()) {
                throw context.weirdStringException(text, UUID.class, "not a UUID");
            }
            return UUID.fromString(text);
        }
    }
}
