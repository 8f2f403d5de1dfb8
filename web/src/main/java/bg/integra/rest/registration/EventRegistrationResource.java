package bg.integra.rest.registration;

import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationService;
import bg.integra.rest.common.InvalidParameterException;
import bg.integra.rest.common.Parameters;
import bg.integra.rest.common.TooManyRequestsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Public registration for an event, the one write of the API that needs no account: each client address may
 * send {@link RegistrationThrottle a limited number} an hour, and a body of at most {@value #MAX_BODY} bytes.
 */
@Path("v1/events/{id}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Registrations", description = "Registration for events, the waitlist and cancellation")
public class EventRegistrationResource {

    static final int MAX_BODY = 8 * 1024;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    private RegistrationService registrations;

    @Inject
    private RegistrationThrottle throttle;

    @Context
    private HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a person for a published event that has not started",
            description = "CONFIRMED while the event has places, else WAITLISTED; the person gets an e-mail with a link to "
                    + "cancel. The Location header is the registration's own address, with its secret cancel token.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RegistrationRequest.class)))
    @APIResponse(responseCode = "201", description = "Registered; the body says CONFIRMED or WAITLISTED")
    @APIResponse(responseCode = "400", description = "Bad fields (missing consent, invalid e-mail, unknown target group …), each named")
    @APIResponse(responseCode = "404", description = "No such published event")
    @APIResponse(responseCode = "409", description = "The e-mail is already registered for the event, or the event has started")
    @APIResponse(responseCode = "413", description = "The body is larger than 8 KB")
    @APIResponse(responseCode = "429", description = "Too many registrations from this client; see Retry-After")
    public Response register(@PathParam("id") String id, InputStream body, @Context UriInfo uri) {
        long eventId = Parameters.id("id", id);
        String client = http.getRemoteAddr();
        if (!throttle.tryAcquire(client)) {
            throw new TooManyRequestsException("Too many registrations from this address; try again later",
                    throttle.secondsToWait(client));
        }
        RegistrationRequest request = parse(body);
        Registration registration = registrations.register(eventId, request.registrant(), request.consent(),
                request.consentVersion());
        URI location = uri.getBaseUriBuilder().path("v1/registrations/{token}").build(registration.getCancelToken());
        return Response.created(location).entity(RegistrationDto.of(registration)).build();
    }

    private static RegistrationRequest parse(InputStream body) {
        String json;
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            json = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RegistrationRequest request = null;
        if (!json.isBlank()) {
            try {
                request = JSONB.fromJson(json, RegistrationRequest.class);
            } catch (JsonbException e) {
                request = null;
            }
        }
        if (request == null) {
            throw new InvalidParameterException("body", "must be a JSON object with name, targetGroup, email and consent");
        }
        return request;
    }
}
