package bg.integra.rest.registration;

import bg.integra.change.Tags;
import bg.integra.registration.RegistrationService;
import bg.integra.rest.common.Cacheable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Path("v1/target-groups")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Registrations")
public class TargetGroupResource {

    @Inject
    private Cacheable cache;

    /** A target group: the code a registration sends and its name per language. */
    public record TargetGroupDto(String code, Map<String, String> name) {
    }

    @Inject
    private RegistrationService registrations;

    @GET
    @Operation(summary = "The target groups a registrant chooses from, in their order")
    @APIResponse(responseCode = "200", description = "The target groups")
    public Response list(@Context Request request, @Context UriInfo uri) {
        return cache.ok(request, uri, Set.of(Tags.TARGET_GROUPS), () -> {
            List<TargetGroupDto> groups = registrations.targetGroups().stream()
                    .map(g -> new TargetGroupDto(g.getCode(), new TreeMap<>(g.getNames()))).toList();
            return groups;
        });
    }
}
