package io.claimtrail.timelines;

import io.claimtrail.testing.EmbeddedPostgresResource;
import io.claimtrail.testing.TokenKeysResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Quarkus test of the timelines service against an embedded PostgreSQL and WireMock claims and sources services,
 * trusting the test key pair: requests carry an admin's token unless a test says otherwise (io.claimtrail.testing).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TokenKeysResource.class)
@WithTestResource(Stubs.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TimelinesTest {
}
