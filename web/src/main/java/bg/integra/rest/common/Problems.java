package bg.integra.rest.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Builds problem responses; the exception mappers are the only callers. */
final class Problems {

    private Problems() {
    }

    static Response of(Response.StatusType status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status.getStatusCode())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
