package io.claimtrail.common.security;

import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.api.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json. Authentication is not proactive (see microprofile-config.properties), so a refused
 * token surfaces here, inside the REST layer, instead of as a bare status from the HTTP layer.
 */
public class AccessProblems {

    static final String CHALLENGE = "Bearer realm=\"claimtrail\"";

    static ProblemException unauthenticated() {
        return new ProblemException(401, "This request needs a bearer token (Authorization: Bearer <JWT>)")
                .header("WWW-Authenticate", CHALLENGE);
    }

    @ServerExceptionMapper
    public Response missing(UnauthorizedException e, UriInfo uri) {
        return ProblemMappers.response(unauthenticated(), uri);
    }

    @ServerExceptionMapper
    public Response refused(AuthenticationFailedException e, UriInfo uri) {
        // The reason (expired, signature, issuer, audience) is logged by SmallRye JWT, not told to the caller.
        ProblemException problem = new ProblemException(401, "The bearer token was refused: it is malformed, expired, "
                + "not signed by a trusted key, or issued by or for someone else")
                .header("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
        return ProblemMappers.response(problem, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        ProblemException problem = new ProblemException(403,
                "The token's role does not allow this request; roles, lowest first: " + String.join(" < ", Roles.ALL));
        return ProblemMappers.response(problem, uri);
    }
}
