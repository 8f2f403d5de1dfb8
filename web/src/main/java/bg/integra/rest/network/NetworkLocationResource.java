package bg.integra.rest.network;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.network.DirectoryEntry;
import bg.integra.network.DirectoryQuery;
import bg.integra.network.DirectoryService;
import bg.integra.network.Location;
import bg.integra.network.ServiceKind;
import bg.integra.rest.common.Cacheable;
import bg.integra.rest.common.InvalidParameterException;
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

@Path("v1/network/locations")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Network")
public class NetworkLocationResource {

    @Inject
    private Cacheable cache;

    @Inject
    private DirectoryService directory;

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

    @GET
    @Path("{id}")
    @Operation(summary = "One centre with its opening hours, languages and the active services offered there")
    @APIResponse(responseCode = "200", description = "The location")
    @APIResponse(responseCode = "404", description = "No such location of a member, as application/problem+json")
    public Response get(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long locationId = Parameters.id("id", id);
        return cache.ok(request, uri, Set.of(Tags.NETWORK), () -> {
            Location location = directory.location(locationId);
            return LocationDto.of(location, directory.activeServicesAt(List.of(location)).getOrDefault(locationId, List.of()),
                    location.isOpenAt(LocalDateTime.now(Location.ZONE)), null);
        });
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
