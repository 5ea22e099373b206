package io.claimtrail.common.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * The type is one of {@link ProblemTypes} (listed in the README), the title the HTTP status phrase, and {@code detail}
 * says what went wrong.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "errors" })
@Schema(name = "Problem", description = "RFC 9457 problem detail; `errors` names each invalid field")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(String type, int status, String detail, String instance, List<FieldProblem> errors,
            Map<String, Object> extensions) {
        return new Problem(type, title(status), status, detail, instance, errors, new LinkedHashMap<>(extensions));
    }

    /** Extra members such as {@code allowed} or {@code existingId}, written beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions;
    }

    static String title(int status) {
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known == null ? "HTTP " + status : known.getReasonPhrase();
            }
        };
    }
}
