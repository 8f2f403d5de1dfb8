package bg.integra.rest.common;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(InvalidParameterException e) {
        return Problems.of(Response.Status.BAD_REQUEST, "Invalid parameter '" + e.parameter() + "': " + e.getMessage(), uri,
                List.of(new Problem.FieldError(e.parameter(), e.getMessage())));
    }
}
