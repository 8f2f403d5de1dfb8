package bg.integra.rest.common;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors the JAX-RS runtime raises itself (unknown address, wrong method, unacceptable media type) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "There is no resource at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "This resource answers in application/json only";
            case 413 -> "The request body is too large";
            case 415 -> "This media type is not supported here";
            default -> status.getReasonPhrase();
        };
        return Problems.of(status, detail, uri, null);
    }
}
