package io.claimtrail.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.api.ProblemMappers;
import io.claimtrail.common.api.ProblemTypes;
import io.claimtrail.common.time.Clock;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code Idempotency-Key} on POST (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): a retry with the
 * same key and the same request within 24 hours gets the first response again, marked {@code Idempotency-Replayed:
 * true}, and nothing is written twice; the same key with another request is a 422; a retry while the first is still
 * running is a 409. Keys belong to the caller (the token's subject), so two callers never share one. A response of 500
 * or more frees the key, so that a retry runs again.
 */
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    private static final String CLAIMED = Idempotency.class.getName() + ".claimed";
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
            HttpHeaders.CONTENT_TYPE, "Retry-After");

    private final IdempotencyKeys keys;
    private final ObjectMapper mapper;
    private final Clock clock;

    public Idempotency(IdempotencyKeys keys, ObjectMapper mapper, Clock clock) {
        this.keys = keys;
        this.mapper = mapper;
        this.clock = clock;
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 500)
    public Uni<Response> before(ContainerRequestContext request, UriInfo uri, HttpServerRequest http) {
        String key = request.getHeaderString(HEADER);
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (key == null || !"POST".equals(request.getMethod()) || caller == null) {
            return Uni.createFrom().nullItem();
        }
        if (!validKey(key)) {
            return refuse(ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, such as a UUID"), uri);
        }
        return body(http).chain(bytes -> {
            // The body is handed on as read here; the endpoint then reads it from memory instead of the connection.
            request.setEntityStream(new ByteArrayInputStream(bytes));
            String fingerprint = fingerprint(request.getMethod(), uri, bytes);
            return keys.claim(caller.getName(), key, fingerprint, clock.now())
                    .map(stored -> answer(stored, fingerprint, request, new Claimed(caller.getName(), key), uri));
        });
    }

    /** Null to go on (this request holds the key now), else the answer to give instead. */
    private static Response answer(IdempotencyKeys.Stored stored, String fingerprint, ContainerRequestContext request,
            Claimed claimed, UriInfo uri) {
        if (stored == null) {
            request.setProperty(CLAIMED, claimed);
            return null;
        }
        if (stored == IdempotencyKeys.Stored.GONE || stored.running()) {
            return ProblemMappers.response(new ProblemException(409, "A request with this Idempotency-Key is "
                    + "still being processed; retry when it has answered").header("Retry-After", "1")
                    .type(ProblemTypes.KEY_IN_USE), uri);
        }
        if (!stored.fingerprint().equals(fingerprint)) {
            return ProblemMappers.response(new ProblemException(422, "This Idempotency-Key was used for another "
                    + "request (another body or address); use a new key for a new request")
                    .type(ProblemTypes.KEY_REUSED), uri);
        }
        return replay(stored);
    }

    @ServerResponseFilter
    public Uni<Void> after(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
            return Uni.createFrom().voidItem();
        }
        if (response.getStatus() >= 500) {
            return keys.release(claimed.caller(), claimed.key());
        }
        JsonObject headers = new JsonObject();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        byte[] body;
        try {
            Object entity = response.getEntity();
            body = entity == null ? new byte[0] : entity instanceof byte[] bytes ? bytes : mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            Log.warnf(e, "Could not keep the response for Idempotency-Key %s; the key is freed", claimed.key());
            return keys.release(claimed.caller(), claimed.key());
        }
        return keys.complete(claimed.caller(), claimed.key(), response.getStatus(), headers, body);
    }

    private static Response replay(IdempotencyKeys.Stored stored) {
        Response.ResponseBuilder answer = Response.status(stored.status()).header(REPLAYED, "true");
        stored.headers().forEach(header -> answer.header(header.getKey(), header.getValue()));
        if (stored.body().length > 0) {
            answer.entity(stored.body());
        }
        return answer.build();
    }

    /** Method, address and body: what makes a retry the same request. */
    static String fingerprint(String method, UriInfo uri, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + uri.getRequestUri().getRawPath() + "?" + uri.getRequestUri().getRawQuery()
                    + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The whole body, read without blocking (request filters run before the endpoint reads it). */
    private static Uni<byte[]> body(HttpServerRequest http) {
        if (http.isEnded()) {
            return Uni.createFrom().item(new byte[0]);
        }
        Uni<byte[]> bytes = Uni.createFrom().completionStage(http.body().toCompletionStage()).map(Buffer::getBytes);
        http.resume();
        return bytes;
    }

    static boolean validKey(String key) {
        return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c > ' ' && c < 127);
    }

    private static Uni<Response> refuse(ProblemException problem, UriInfo uri) {
        return Uni.createFrom().item(ProblemMappers.response(problem, uri));
    }

    private record Claimed(String caller, String key) {
    }
}
