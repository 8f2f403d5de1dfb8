package bg.integra.rest.common;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused token: 401 or 403 as a problem, with the {@code WWW-Authenticate: Bearer} challenge of RFC 6750. */
@Provider
public class BearerRefusedMapper implements ExceptionMapper<BearerRefusedException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(BearerRefusedException e) {
        String challenge = "Bearer realm=\"integra\"" + (e.error() == null ? "" : ", error=\"" + e.error() + "\"");
        Response problem = Problems.of(Response.Status.fromStatusCode(e.status()), e.getMessage(), uri, null);
        return Response.fromResponse(problem).header("WWW-Authenticate", challenge).build();
    }
}
