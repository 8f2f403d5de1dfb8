package bg.integra.rest.network;

import bg.integra.rest.common.ApiWrites;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.network.DirectoryEntry;
import bg.integra.network.DirectoryQuery;
import bg.integra.apitoken.Idempotency;
import bg.integra.network.DirectoryService;
import bg.integra.network.DirectoryWrites;
import bg.integra.network.LocationDraft;
import bg.integra.apitoken.Written;
import bg.integra.rest.RestApplication;
import bg.integra.rest.common.BearerToken;
import bg.integra.network.Location;
import bg.integra.network.ServiceKind;
import bg.integra.rest.common.Cacheable;
import bg.integra.rest.common.InvalidParameterException;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

@Path("v1/network/locations")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Network")
public class NetworkLocationResource {

    @Inject
    private Cacheable cache;

    @Inject
    private DirectoryService directory;

    @Inject
    private DirectoryWrites writes;

    @Inject
    private ApiWrites api;

    @GET
    @Operation(summary = "Search the centres of the network's members, a page at a time",
            description = "All filters are optional and combine. q matches a centre's or its organisation's name or its "
                    + "town; city matches the town whole, ignoring case; kind is that of an active service offered there; "
                    + "language is spoken at the desk or an active service there is given in it; openNow=true keeps the "
                    + "centres open at this moment in Sofia. With lat and lon (both or neither) the centres are ranked by "
                    + "distance from that point, those without a position last, and each has its distanceKm; otherwise "
                    + "they are ordered by town. Each centre lists its active services.")
    @APIResponse(responseCode = "200", description = "A page of locations")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response list(@Parameter(description = "Text to look for in the names and the town") @QueryParam("q") String q,
                         @Parameter(description = "Oblast, e.g. KARDZHALI") @QueryParam("region") String region,
                         @Parameter(description = "Town, matched whole") @QueryParam("city") String city,
                         @Parameter(description = "Kind of an active service offered there, e.g. LEGAL_ADVICE") @QueryParam("kind") String kind,
                         @Parameter(description = "ISO 639 code of a language, e.g. ar") @QueryParam("language") String language,
                         @Parameter(description = "true: only centres open now (Sofia's time)") @QueryParam("openNow") String openNow,
                         @Parameter(description = "Latitude of a point to rank by distance from, -90 to 90 (with lon)") @QueryParam("lat") String lat,
                         @Parameter(description = "Longitude of that point, -180 to 180 (with lat)") @QueryParam("lon") String lon,
                         @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                         @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        DirectoryQuery query = new DirectoryQuery(
                Parameters.text("q", q, NetworkOrganisationResource.MAX_TEXT_LENGTH),
                Parameters.enumeration("region", region, Region.class),
                Parameters.text("city", city, NetworkOrganisationResource.MAX_TEXT_LENGTH),
                Parameters.enumeration("kind", kind, ServiceKind.class),
                Parameters.language("language", language),
                Boolean.TRUE.equals(Parameters.flag("openNow", openNow)),
                point(lat, lon));
        return cache.ok(request, uri, Set.of(Tags.NETWORK), () -> PageDto.of(directory.search(query, paging),
                NetworkLocationResource::dto));
    }

    @POST
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Add a centre of the token's organisation",
            description = "Needs a WRITE token. Every field of LocationRequest; name.bg and region are required. The centre "
                    + "is shown in the directory at once (directory records have no review) and marked as checked today by "
                    + "the token. With Idempotency-Key, the same request sent again within 24 hours answers the centre made "
                    + "the first time (Idempotent-Replayed: true) and makes no second one; the key with another request is a 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = LocationRequest.class)))
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
        LocationDraft draft = ApiWrites.parse(json, LocationRequest.class).draft();
        Written written = writes.createLocation(api.client().tokenId(), draft, idempotency);
        LocationDto dto = read(written.id());
        return ApiWrites.created(uri, written, dto, dto.version());
    }

    @PUT
    @Path("{id}")
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Replace every field of a centre of the token's organisation",
            description = "Needs a WRITE token and If-Match with the centre's version as read (the version field, or the "
                    + "ETag of a write's answer). Marks the centre as checked today by the token.")
    @RequestBody(content = @Content(schema = @Schema(implementation = LocationRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version, the body as GET shows it")
    @APIResponse(responseCode = "400", description = "Bad fields or If-Match, each named")
    @APIResponse(responseCode = "401", description = "No token, or one that is malformed, unknown or revoked")
    @APIResponse(responseCode = "403", description = "A READ token")
    @APIResponse(responseCode = "404", description = "No such centre of the token's organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @APIResponse(responseCode = "429", description = "Too many writes of this token this minute; see Retry-After")
    public Response update(@PathParam("id") String id,
                           @Parameter(description = "The version as read, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           InputStream body) {
        long locationId = Parameters.id("id", id);
        long version = ApiWrites.version(ifMatch);
        LocationDraft draft = ApiWrites.parse(ApiWrites.body(body), LocationRequest.class).draft();
        writes.updateLocation(api.client().tokenId(), locationId, version, draft);
        LocationDto dto = read(locationId);
        return ApiWrites.changed(dto, dto.version());
    }

    @DELETE
    @Path("{id}")
    @BearerToken
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Delete a centre of the token's organisation",
            description = "Needs a WRITE token and If-Match with the centre's version. Services offered there are no longer "
                    + "offered there.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No token, or one that is malformed, unknown or revoked")
    @APIResponse(responseCode = "403", description = "A READ token")
    @APIResponse(responseCode = "404", description = "No such centre of the token's organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @APIResponse(responseCode = "429", description = "Too many writes of this token this minute; see Retry-After")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long locationId = Parameters.id("id", id);
        writes.deleteLocation(api.client().tokenId(), locationId, ApiWrites.version(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One centre with its opening hours, languages and the active services offered there")
    @APIResponse(responseCode = "200", description = "The location")
    @APIResponse(responseCode = "404", description = "No such location of a member, as application/problem+json")
    public Response get(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long locationId = Parameters.id("id", id);
        return cache.ok(request, uri, Set.of(Tags.NETWORK), () -> read(locationId));
    }

    /** A centre as GET shows it. */
    private LocationDto read(long locationId) {
        Location location = directory.location(locationId);
        return LocationDto.of(location, directory.activeServicesAt(List.of(location)).getOrDefault(locationId, List.of()),
                location.isOpenAt(LocalDateTime.now(Location.ZONE)), null);
    }

    /** The point to rank by: both coordinates or neither; the one missing is the parameter named. */
    static DirectoryQuery.Point point(String lat, String lon) {
        Double latitude = Parameters.decimal("lat", lat, -90, 90);
        Double longitude = Parameters.decimal("lon", lon, -180, 180);
        if (latitude == null && longitude == null) return null;
        if (latitude == null) throw new InvalidParameterException("lat", "must be given with lon");
        if (longitude == null) throw new InvalidParameterException("lon", "must be given with lat");
        return new DirectoryQuery.Point(latitude, longitude);
    }

    private static LocationDto dto(DirectoryEntry e) {
        // to the metre: the last digits of a haversine say nothing
        Double km = e.distanceKm() == null ? null : Math.round(e.distanceKm() * 1000) / 1000.0;
        return LocationDto.of(e.location(), e.services(), e.openNow(), km);
    }
}
