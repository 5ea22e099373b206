package io.claimtrail.sources.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed ({@link PlainTextValidator}): no control characters (line breaks and tabs only where
 * {@link #multiline()}), no lone UTF-16 surrogates, no bidirectional overrides that would disguise it, no U+FFFD left
 * by bytes that were not UTF-8. PostgreSQL refuses NUL, and would store a lone surrogate as '?'.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must be plain text";

    /** Whether line breaks and tabs are allowed, as in a description. */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
