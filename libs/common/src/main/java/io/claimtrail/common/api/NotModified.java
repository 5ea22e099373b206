package io.claimtrail.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code If-None-Match} on every read (RFC 9110, section 13.1.2): a GET answered 200 with an ETag the client already
 * holds becomes a 304 without a body. Reads marked {@link ContentETag} first get an ETag of their content.
 */
public class NotModified {

    private final ObjectMapper mapper;

    public NotModified(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerResponseFilter
    public void check(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        String tag = response.getHeaderString(HttpHeaders.ETAG);
        Method method = resource.getResourceMethod();
        if (tag == null && method != null && method.isAnnotationPresent(ContentETag.class) && response.hasEntity()) {
            try {
                tag = contentTag(mapper.writeValueAsBytes(response.getEntity()));
            } catch (JsonProcessingException e) {
                return; // the writer will fail on it too, and say so
            }
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
        if (tag != null && matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** A strong tag of the content: the first 128 bits of its SHA-256, so that equal content has the equal tag. */
    static String contentTag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"c" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether If-None-Match (a list of tags, or *) names the tag; weak comparison, as the RFC asks for GET. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || opaque(trimmed).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

}
