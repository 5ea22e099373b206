package io.claimtrail.testing;

import io.claimtrail.tokens.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role whose token rest-assured sends by default in the annotated test class or method ({@link DefaultToken});
 * without it, tests act as {@link Role#ADMIN}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface AsRole {
    Role value();
}
