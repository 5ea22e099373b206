package io.claimtrail.common.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A failure that becomes a problem+json response with the given status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final List<FieldProblem> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String type;

    public ProblemException(int status, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String detail) {
        this(status, detail, List.of());
    }

    /** 400 naming each invalid field. */
    public static ProblemException invalid(List<FieldProblem> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.stream().map(FieldProblem::field).toList());
        return new ProblemException(400, detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public static ProblemException notFound(String what, Object key) {
        return new ProblemException(404, "No " + what + " '" + key + "'");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, detail);
    }

    /** Adds a member to the problem body, e.g. {@code allowed} or {@code existingId}. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public ProblemException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A more precise {@link ProblemTypes} URI than the status gives. */
    public ProblemException type(String uri) {
        this.type = uri;
        return this;
    }

    public String type() {
        return type == null ? ProblemTypes.forStatus(status) : type;
    }

    public int status() {
        return status;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
