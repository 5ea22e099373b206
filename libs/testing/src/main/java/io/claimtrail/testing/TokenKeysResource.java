package io.claimtrail.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Makes the service under test trust the key pair of {@link TestTokens}, with the issuer and audience of production. */
public class TokenKeysResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey.location", TestTokens.publicKey().toString());
    }

    @Override
    public void stop() {
    }
}
