package bg.integra.rest.network;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.network.DirectoryService;
import bg.integra.network.ServiceKind;
import bg.integra.network.ServiceStatus;
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

@Path("v1/network/services")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Network")
public class NetworkServiceResource {

    @Inject
    private Cacheable cache;

    @Inject
    private DirectoryService directory;

    @GET
    @Operation(summary = "List the services of the network's members, a page at a time",
            description = "All filters are optional and combine. Services in every status are listed unless status "
                    + "says which; region is that of a location the service is offered at. Ordered by id.")
    @APIResponse(responseCode = "200", description = "A page of services")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response list(@Parameter(description = "Kind of service, e.g. LEGAL_ADVICE") @QueryParam("kind") String kind,
                         @Parameter(description = "ACTIVE, INACTIVE, DEFUNCT or TEMPORARILY_CLOSED") @QueryParam("status") String status,
                         @Parameter(description = "ISO 639 code of a language the service is given in, e.g. ar") @QueryParam("language") String language,
                         @Parameter(description = "Oblast, e.g. KARDZHALI") @QueryParam("region") String region,
                         @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                         @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        ServiceKind serviceKind = Parameters.enumeration("kind", kind, ServiceKind.class);
        ServiceStatus serviceStatus = Parameters.enumeration("status", status, ServiceStatus.class);
        String code = Parameters.language("language", language);
        Region oblast = Parameters.enumeration("region", region, Region.class);
        return cache.ok(request, uri, Set.of(Tags.NETWORK),
                () -> PageDto.of(directory.services(serviceKind, serviceStatus, code, oblast, paging), ServiceDto::of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One service with the locations it is offered at")
    @APIResponse(responseCode = "200", description = "The service")
    @APIResponse(responseCode = "404", description = "No such service of a member, as application/problem+json")
    public Response get(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long serviceId = Parameters.id("id", id);
        return cache.ok(request, uri, Set.of(Tags.NETWORK), () -> ServiceDto.of(directory.service(serviceId)));
    }
}
