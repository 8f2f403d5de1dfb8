package bg.integra.rest.common;

import bg.integra.common.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(NotFoundException e) {
        return Problems.of(Response.Status.NOT_FOUND, e.getMessage(), uri, null);
    }
}
