package io.claimtrail.claims;

import io.claimtrail.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Quarkus test of the claims service against an embedded PostgreSQL and a WireMock sources service. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(SourcesStub.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ClaimsTest {
}
