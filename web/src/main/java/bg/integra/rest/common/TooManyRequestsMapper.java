package bg.integra.rest.common;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequestsException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(TooManyRequestsException e) {
        Response problem = Problems.of(Response.Status.TOO_MANY_REQUESTS, e.getMessage(), uri, null);
        return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }
}
