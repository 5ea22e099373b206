package io.claimtrail.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;

/** Adds the roles each role includes ({@link Roles#IMPLIED}), so that an admin token passes a viewer check. */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> implied = implied(identity.getRoles());
        if (identity.getRoles().containsAll(implied)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(implied).build());
    }

    static Set<String> implied(Set<String> granted) {
        Set<String> roles = new HashSet<>();
        for (String role : granted) {
            roles.addAll(Roles.IMPLIED.getOrDefault(role, Set.of()));
        }
        return roles;
    }
}
