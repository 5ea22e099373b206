package io.claimtrail.common.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

/**
 * Makes a 400 name every invalid field of a request body, not the first one Jackson trips on: the records of this
 * project (request bodies and their parts) are read by {@link FieldByField}, which on a failure reads each field on
 * its own and adds the Bean Validation failures of the fields that were readable.
 */
@Singleton
public class EveryInvalidField implements ObjectMapperCustomizer {

    private static final String OWN_PACKAGES = "io.claimtrail.";

    private final Validator validator;

    public EveryInvalidField(Validator validator) {
        this.validator = validator;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("claimtrail-every-invalid-field");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return applies(type) && deserializer instanceof BeanDeserializerBase
                        ? new FieldByField(deserializer, type, validator) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /**
     * Records of this project that refuse unknown fields, i.e. what clients send. The answers of other services are
     * read leniently ({@code ignoreUnknown}) and stay on Jackson's own deserializer, without the buffering.
     */
    static boolean applies(Class<?> type) {
        JsonIgnoreProperties lenient = type.getAnnotation(JsonIgnoreProperties.class);
        return type.isRecord() && type.getName().startsWith(OWN_PACKAGES)
                && (lenient == null || !lenient.ignoreUnknown());
    }
}
