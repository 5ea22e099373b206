package io.claimtrail.helmcheck;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CRD schema check refuses what the API server would: unknown fields, wrong types, missing required fields. */
class CrdSchemasTest {

    private static final String CLUSTER = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: pg}
            spec:
              instances: 3
              storage: {size: 1Gi}
            """;

    @Test
    void aValidClusterIsAccepted() {
        new StrictManifestParser().parse("test", CLUSTER);
    }

    @Test
    void anUnknownFieldIsRejected() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> new StrictManifestParser().parse("test", CLUSTER + "  instance: 3\n"));
        assertTrue(error.getMessage().contains("/spec/instance: unknown field"), error.getMessage());
    }

    @Test
    void aWrongTypeIsRejected() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> new StrictManifestParser().parse("test", CLUSTER.replace("instances: 3", "instances: \"3\"")));
        assertTrue(error.getMessage().contains("/spec/instances: must be of type integer"), error.getMessage());
    }

    @Test
    void aMissingRequiredFieldAndABadEnumAreRejected() {
        String database = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Database
                metadata: {name: db}
                spec:
                  name: claims
                  owner: claimtrail
                  ensure: maybe
                """;
        AssertionError error = assertThrows(AssertionError.class, () -> new StrictManifestParser().parse("test", database));
        assertTrue(error.getMessage().contains("/spec: cluster is required"), error.getMessage());
        assertTrue(error.getMessage().contains("/spec/ensure: \"maybe\" is not one of"), error.getMessage());
    }
}
