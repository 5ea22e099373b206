package io.claimtrail.tokens;

import java.time.Duration;

/**
 * What goes into one token: who it is for, which role it grants (none if null, for tests of refusals), who issued it
 * for whom, and how long it lives.
 */
public record TokenRequest(Role role, String subject, Duration ttl, String issuer, String audience) {
    public static final String DEFAULT_ISSUER = "https://claimtrail.local";
    public static final String DEFAULT_AUDIENCE = "claimtrail";
    public static final Duration DEFAULT_TTL = Duration.ofHours(12);

    public static TokenRequest defaults(Role role) {
        return new TokenRequest(role, defaultSubject(role), DEFAULT_TTL, DEFAULT_ISSUER, DEFAULT_AUDIENCE);
    }

    static String defaultSubject(Role role) {
        return role.id() + "@claimtrail.local";
    }
}
