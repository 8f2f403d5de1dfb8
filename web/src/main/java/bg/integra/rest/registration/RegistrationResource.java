package bg.integra.rest.registration;

import bg.integra.registration.RegistrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A registration addressed by its secret cancel token: whoever holds the token is the registrant. */
@Path("v1/registrations/{token}")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Registrations")
public class RegistrationResource {

    private static final CacheControl PRIVATE = CacheControl.valueOf("private, no-store");

    @Inject
    private RegistrationService registrations;

    @GET
    @Operation(summary = "Where a registration stands")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "404", description = "No registration has this token")
    public Response get(@Parameter(description = "The token from the Location header or the e-mail") @PathParam("token") String token) {
        return Response.ok(RegistrationDto.of(registrations.registration(token))).cacheControl(PRIVATE).build();
    }

    @DELETE
    @Operation(summary = "Cancel a registration",
            description = "The place goes to the earliest person on the waitlist, who is told by e-mail. Cancelling twice is harmless.")
    @APIResponse(responseCode = "200", description = "Cancelled; the body shows the status CANCELLED")
    @APIResponse(responseCode = "404", description = "No registration has this token")
    @APIResponse(responseCode = "409", description = "The event has already started")
    public Response cancel(@PathParam("token") String token) {
        return Response.ok(RegistrationDto.of(registrations.cancel(token))).cacheControl(PRIVATE).build();
    }
}
