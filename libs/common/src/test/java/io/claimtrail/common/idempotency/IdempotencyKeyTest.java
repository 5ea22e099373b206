package io.claimtrail.common.idempotency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an Idempotency-Key may be: 1 to 255 visible ASCII characters. */
class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = { "8e03978e-40d5-43e8-bc93-6894a57f9324", "a", "import:nk-troops/claim/3" })
    void accepts(String key) {
        assertTrue(Idempotency.validKey(key));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "with space", "tab\there", "ünïcode", "nul\u0000" })
    void refuses(String key) {
        assertFalse(Idempotency.validKey(key));
    }

    @org.junit.jupiter.api.Test
    void refusesAKeyLongerThan255() {
        assertTrue(Idempotency.validKey("k".repeat(255)));
        assertFalse(Idempotency.validKey("k".repeat(256)));
    }
}
