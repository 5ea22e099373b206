package io.claimtrail.common.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed ({@link PlainTextValidator}): no control characters (line breaks and tabs only where
 * {@link #multiline()}), no lone UTF-16 surrogates, no bidirectional overrides, embeddings or isolates that would make
 * it read differently from what is stored (U+202E turns "gnp.exe" around), no U+FFFD left by bytes that were not
 * UTF-8. Marks such as U+200F stay allowed, and right-to-left scripts need nothing else.
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
