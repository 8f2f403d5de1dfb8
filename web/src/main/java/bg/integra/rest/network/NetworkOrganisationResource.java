package bg.integra.rest.network;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.network.DirectoryService;
import bg.integra.network.Location;
import bg.integra.network.Service;
import bg.integra.organisation.Organisation;
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

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

@Path("v1/network/organisations")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Network", description = "The directory of the integration network: member organisations, their services and centres")
public class NetworkOrganisationResource {

    static final int MAX_TEXT_LENGTH = 200;

    @Inject
    private Cacheable cache;

    @Inject
    private DirectoryService directory;

    @GET
    @Operation(summary = "List the members of the network, a page at a time",
            description = "Both filters are optional and combine. q matches the name in any language, ignoring case. "
                    + "Ordered by slug.")
    @APIResponse(responseCode = "200", description = "A page of member organisations")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response list(@Parameter(description = "Text to look for in the name") @QueryParam("q") String q,
                         @Parameter(description = "Oblast, e.g. KARDZHALI") @QueryParam("region") String region,
                         @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                         @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        String text = Parameters.text("q", q, MAX_TEXT_LENGTH);
        Region oblast = Parameters.enumeration("region", region, Region.class);
        return cache.ok(request, uri, Set.of(Tags.NETWORK),
                () -> PageDto.of(directory.members(text, oblast, paging), NetworkOrganisationSummaryDto::of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One member of the network with its services and locations",
            description = "Services in any status, active ones first; locations by town, each with the active services "
                    + "offered there and whether it is open now (Sofia's time).")
    @APIResponse(responseCode = "200", description = "The member organisation")
    @APIResponse(responseCode = "404", description = "No such member of the network, as application/problem+json")
    public Response get(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long organisationId = Parameters.id("id", id);
        return cache.ok(request, uri, Set.of(Tags.NETWORK), () -> {
            Organisation member = directory.member(organisationId);
            List<Service> services = directory.servicesOf(member);
            List<Location> locations = directory.locationsOf(member);
            return NetworkOrganisationDto.of(member, services, locations, directory.activeServicesAt(locations),
                    LocalDateTime.now(Location.ZONE));
        });
    }
}
