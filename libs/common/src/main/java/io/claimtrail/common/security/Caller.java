package io.claimtrail.common.security;

import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/** Who is calling: the subject of the verified token, and the role checks that depend on a request's content. */
@ApplicationScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The token's {@code sub} claim: what audit entries, transitions and relations record as their actor. */
    public String subject() {
        if (identity.isAnonymous()) {
            throw AccessProblems.unauthenticated();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** 403 naming the field whose value needs {@code role}, e.g. a reliability rating set by an analyst. */
    public void require(String role, String field, String what) {
        if (!has(role)) {
            throw new ProblemException(403, what + " needs the '" + role + "' role",
                    List.of(new FieldProblem(field, "only the " + role + " role or above may set it")))
                    .with("requiredRole", role);
        }
    }
}
