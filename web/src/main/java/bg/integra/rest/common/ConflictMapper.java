package bg.integra.rest.common;

import bg.integra.common.ConflictException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ConflictException e) {
        return Problems.of(Response.Status.CONFLICT, e.getMessage(), uri, null);
    }
}
