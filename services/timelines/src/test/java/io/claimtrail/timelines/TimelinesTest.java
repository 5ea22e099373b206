package io.claimtrail.timelines;

import io.claimtrail.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Quarkus test of the timelines service against an embedded PostgreSQL and WireMock claims and sources services. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(Stubs.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TimelinesTest {
}
