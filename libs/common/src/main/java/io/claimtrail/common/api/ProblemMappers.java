package io.claimtrail.common.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns every failure into an {@code application/problem+json} response; nothing leaves as plain text. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return response(e, uri);
    }

    /** The problem+json response of a {@link ProblemException}, its headers included; for other mappers too. */
    public static Response response(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(e.type(), e.status(), e.getMessage(), uri, e.errors(), e.extensions());
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldProblem> errors = new java.util.ArrayList<>(e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(fieldOf(v), v.getMessage())).toList());
        // The rules of a request body beyond its constraints, so that this 400 names every invalid field.
        e.getConstraintViolations().stream().findFirst().map(ConstraintViolation::getExecutableParameters)
                .ifPresent(arguments -> Arrays.stream(arguments).forEach(argument -> FieldRules.addTo(argument, errors)));
        errors.sort(Comparator.comparing(FieldProblem::field));
        return build(ProblemException.invalid(errors), uri);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonMappingException.class, JsonParseException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return build(JsonProblems.describe(e), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            // A body refused while it was read (every invalid field named), wrapped by the reader.
            return response(problem, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus REST wraps some body-reading failures; the JSON error names the field.
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        String detail = status == 404 ? "No resource at " + uri.getPath() : e.getMessage();
        Response.ResponseBuilder response = respond(ProblemTypes.forStatus(status), status, detail, uri, List.of(), Map.of());
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        ProblemException known = DatabaseProblems.describe(e);
        if (known != null) {
            return problem(known, uri);
        }
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(ProblemTypes.SERVER_ERROR, 500, "An unexpected error occurred; it has been logged", uri, List.of(),
                Map.of()).build();
    }

    private static Response build(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.status(), e.getMessage(), uri, e.errors(), e.extensions()).build();
    }

    private static Response.ResponseBuilder respond(String type, int status, String detail, UriInfo uri,
            List<FieldProblem> errors, Map<String, Object> extensions) {
        Problem body = Problem.of(type, status, detail, uri == null ? null : uri.getPath(), errors, extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** {@code create.body.affiliations[0].role} becomes {@code affiliations[0].role}; a query parameter keeps its name. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        boolean hasProperties = nodes.stream().anyMatch(n -> n.getKind() == ElementKind.PROPERTY);
        for (Path.Node node : nodes) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || (kind == ElementKind.PARAMETER && hasProperties)) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.length() == 0 ? Arrays.toString(nodes.toArray()) : field.toString();
    }
}
