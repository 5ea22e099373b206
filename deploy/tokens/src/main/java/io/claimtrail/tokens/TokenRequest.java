package io.claimtrail.tokens;

import java.time.Duration;

/** What goes into one token: who it is for, which role it grants, who issued it for whom, and how long it lives. */
record TokenRequest(Role role, String subject, Duration ttl, String issuer, String audience) {
    static final String DEFAULT_ISSUER = "https://claimtrail.local";
    static final String DEFAULT_AUDIENCE = "claimtrail";
    static final Duration DEFAULT_TTL = Duration.ofHours(12);

    static TokenRequest defaults(Role role) {
        return new TokenRequest(role, defaultSubject(role), DEFAULT_TTL, DEFAULT_ISSUER, DEFAULT_AUDIENCE);
    }

    static String defaultSubject(Role role) {
        return role.id() + "@claimtrail.local";
    }
}
