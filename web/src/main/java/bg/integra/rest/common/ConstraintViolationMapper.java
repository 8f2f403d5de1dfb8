package bg.integra.rest.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;

/** Bean Validation failures: 400 with each field and its message. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::name))
                .toList();
        return Problems.of(Response.Status.BAD_REQUEST, "The request has invalid fields", uri, errors);
    }

    /** The last node of the path: the parameter or property name, not the Java method it belongs to. */
    private static String field(ConstraintViolation<?> v) {
        String name = null;
        for (var node : v.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "" : name;
    }
}
