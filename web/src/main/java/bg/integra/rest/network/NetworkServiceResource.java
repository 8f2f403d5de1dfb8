package bg.integra.rest.network;

import bg.integra.rest.common.ApiWrites;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.apitoken.Idempotency;
import bg.integra.network.DirectoryService;
import bg.integra.network.DirectoryWrites;
import bg.integra.network.ServiceDraft;
import bg.integra.apitoken.Written;
import bg.integra.rest.RestApplication;
import bg.integra.rest.common.BearerToken;
import bg.integra.network.ServiceKind;
import bg.integra.network.ServiceStatus;
import bg.integra.rest.common.Cacheable;
import bg.integra.rest.common.PageDto;
import bg.integra.rest.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.Set;

@Path("v1/network/services")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Network")
public class NetworkServiceResource {

    @Inject
    private Cacheable cache;

    @Inject
    private DirectoryWrites writes;

    @Inject
    private ApiWrites api;

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

    @POST
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Add a service of the token's organisation",
            description = "Needs a WRITE token. Every field of ServiceRequest; kind and name.bg are required, locationIds must "
                    + "be centres of the same organisation. Shown in the directory at once (directory records have no review) "
                    + "and marked as checked today by the token. Idempotency-Key as for centres.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ServiceRequest.class)))
    @APIResponse(responseCode = "201", description = "Made; Location is its address, ETag its version, the body as GET shows it")
    @APIResponse(responseCode = "400", description = "Bad fields, each named in the application/problem+json body")
    @APIResponse(responseCode = "401", description = "No token, or one that is malformed, unknown or revoked")
    @APIResponse(responseCode = "403", description = "A READ token")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key came with another request")
    @APIResponse(responseCode = "429", description = "Too many writes of this token this minute; see Retry-After")
    public Response create(@Parameter(description = "A key of the client's choosing, at most 200 characters, that makes "
                                   + "repeating this POST safe") @HeaderParam(ApiWrites.IDEMPOTENCY_KEY) String key,
                           InputStream body, @Context UriInfo uri) {
        String json = ApiWrites.body(body);
        Idempotency idempotency = ApiWrites.idempotency(key, uri.getRequestUri().getRawPath(), json);
        ServiceDraft draft = ApiWrites.parse(json, ServiceRequest.class).draft();
        Written written = writes.createService(api.client().tokenId(), draft, idempotency);
        ServiceDto dto = ServiceDto.of(directory.service(written.id()));
        return ApiWrites.created(uri, written, dto, dto.version());
    }

    @PUT
    @Path("{id}")
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Replace every field of a service of the token's organisation",
            description = "Needs a WRITE token and If-Match with the service's version as read. Marks it as checked today "
                    + "by the token.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ServiceRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version, the body as GET shows it")
    @APIResponse(responseCode = "400", description = "Bad fields or If-Match, each named")
    @APIResponse(responseCode = "401", description = "No token, or one that is malformed, unknown or revoked")
    @APIResponse(responseCode = "403", description = "A READ token")
    @APIResponse(responseCode = "404", description = "No such service of the token's organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @APIResponse(responseCode = "429", description = "Too many writes of this token this minute; see Retry-After")
    public Response update(@PathParam("id") String id,
                           @Parameter(description = "The version as read, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           InputStream body) {
        long serviceId = Parameters.id("id", id);
        long version = ApiWrites.version(ifMatch);
        ServiceDraft draft = ApiWrites.parse(ApiWrites.body(body), ServiceRequest.class).draft();
        writes.updateService(api.client().tokenId(), serviceId, version, draft);
        ServiceDto dto = ServiceDto.of(directory.service(serviceId));
        return ApiWrites.changed(dto, dto.version());
    }

    @DELETE
    @Path("{id}")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Delete a service of the token's organisation",
            description = "Needs a WRITE token and If-Match with the service's version.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No token, or one that is malformed, unknown or revoked")
    @APIResponse(responseCode = "403", description = "A READ token")
    @APIResponse(responseCode = "404", description = "No such service of the token's organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @APIResponse(responseCode = "429", description = "Too many writes of this token this minute; see Retry-After")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long serviceId = Parameters.id("id", id);
        writes.deleteService(api.client().tokenId(), serviceId, ApiWrites.version(ifMatch));
        return Response.noContent().build();
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
