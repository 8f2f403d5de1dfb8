package bg.integra.rest.common;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class PreconditionRequiredMapper implements ExceptionMapper<PreconditionRequiredException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(PreconditionRequiredException e) {
        return Problems.of(new Status428(), e.getMessage(), uri, null);
    }

    /** JAX-RS's Status names no 428. */
    private record Status428() implements Response.StatusType {
        @Override public int getStatusCode() { return 428; }
        @Override public Response.Status.Family getFamily() { return Response.Status.Family.CLIENT_ERROR; }
        @Override public String getReasonPhrase() { return "Precondition Required"; }
    }
}
