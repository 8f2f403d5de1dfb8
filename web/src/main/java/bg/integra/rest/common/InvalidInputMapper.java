package bg.integra.rest.common;

import bg.integra.common.InvalidInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;

/** Fields a service refused: 400 naming each field and what is wrong with it. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(InvalidInputException e) {
        var errors = e.fields().entrySet().stream()
                .map(f -> new Problem.FieldError(f.getKey(), f.getValue()))
                .sorted(Comparator.comparing(Problem.FieldError::name))
                .toList();
        return Problems.of(Response.Status.BAD_REQUEST, "The request has invalid fields", uri, errors);
    }
}
