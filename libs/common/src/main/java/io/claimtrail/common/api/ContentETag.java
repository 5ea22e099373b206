package io.claimtrail.common.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read that has no version of its own (assembled entries, exports): {@link NotModified} gives its answer an
 * ETag of its content, so that {@code If-None-Match} can answer 304.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ContentETag {
}
