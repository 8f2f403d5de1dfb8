package bg.integra.rest.organisation;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.organisation.OrganisationService;
import bg.integra.rest.common.Cacheable;
import bg.integra.rest.common.PageDto;
import bg.integra.rest.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

@Path("v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Organisations", description = "Members of the integration network")
public class OrganisationResource {

    @Inject
    private Cacheable cache;

    @Inject
    private OrganisationService organisations;

    @GET
    @Operation(summary = "List organisations, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    @APIResponse(responseCode = "400", description = "A bad page or size, as application/problem+json")
    public Response list(@Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                         @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        return cache.ok(request, uri, Set.of(Tags.ORGANISATIONS), () -> PageDto.of(organisations.list(paging), OrganisationDto::of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "404", description = "No such organisation, as application/problem+json")
    public Response get(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long organisationId = Parameters.id("id", id);
        return cache.ok(request, uri, Set.of(Tags.ORGANISATIONS), () -> OrganisationDto.of(organisations.get(organisationId)));
    }
}
