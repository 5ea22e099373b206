package io.claimtrail.timelines.api;

import io.claimtrail.common.api.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;

/**
 * {@code If-None-Match} on the streamed story reads: the answer is assembled into its digest alone (nothing of it
 * is kept) and a tag the client holds is a 304 before any byte is written; any other tag lets the read stream its
 * answer. A bad parameter or an unknown timeline is left to the read itself, which answers it as usual.
 */
public class StoryNotModified {

    private final StoryAnswers answers;

    public StoryNotModified(StoryAnswers answers) {
        this.answers = answers;
    }

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Method method = resource.getResourceMethod();
        if (ifNoneMatch == null || !"GET".equals(request.getMethod()) || method == null
                || !method.isAnnotationPresent(StoryAnswers.Streamed.class)) {
            return Uni.createFrom().nullItem();
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        StoryAnswers.Read read;
        try {
            read = answers.read(method.getAnnotation(StoryAnswers.Streamed.class).value(),
                    request.getUriInfo().getPathParameters().getFirst("timeline"), query.getFirst("asOf"),
                    query.getFirst("knownAt"), query.getFirst("from"), query.getFirst("to"), query.getFirst("history"));
        } catch (ProblemException badParameter) {
            return Uni.createFrom().nullItem();
        }
        return answers.tag(read).map(tag -> matches(ifNoneMatch, tag)
                        ? Response.notModified().header(HttpHeaders.ETAG, tag).build() : null)
                .onFailure(ProblemException.class).recoverWithNull();
    }

    /** Whether If-None-Match (a list of tags, or *) names the tag; weak comparison, as RFC 9110 asks for GET. */
    static boolean matches(String ifNoneMatch, String tag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || opaque(trimmed).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
