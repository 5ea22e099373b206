package io.claimtrail.sources.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.UUIDDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.UUID;

/**
 * Request bodies are read as written: Jackson's default leniency would store {@code "name": 42} as "42", read
 * {@code "reliability": 0} as A, take {@code "stateAffiliated": 1} for true, keep the last of two equal members, and
 * trim blanks and control characters (NUL included) off enum names and UUIDs.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float);
        SimpleModule untrimmed = new SimpleModule("untrimmed-scalars");
        untrimmed.addDeserializer(UUID.class, uuids());
        untrimmed.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new Untrimmed(deserializer);
            }
        });
        mapper.registerModule(untrimmed);
    }

    @SuppressWarnings("unchecked")
    private static JsonDeserializer<UUID> uuids() {
        return (JsonDeserializer<UUID>) (JsonDeserializer<?>) new Untrimmed(new UUIDDeserializer());
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Refuses a string that starts or ends with what {@link String#trim()} would remove, then reads it as before. */
    static final class Untrimmed extends DelegatingDeserializer {

        Untrimmed(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Untrimmed(delegate);
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
