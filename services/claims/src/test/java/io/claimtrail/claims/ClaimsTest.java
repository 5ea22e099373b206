package io.claimtrail.claims;

import io.claimtrail.testing.EmbeddedPostgresResource;
import io.claimtrail.testing.TokenKeysResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Quarkus test of the claims service against an embedded PostgreSQL and a WireMock sources service, trusting the test
 * key pair; requests carry an admin's token unless the test says otherwise ({@code AsRole}, {@code WithoutToken}).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TokenKeysResource.class)
@WithTestResource(SourcesStub.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ClaimsTest {
}
