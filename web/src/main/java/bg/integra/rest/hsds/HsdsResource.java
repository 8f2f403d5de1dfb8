package bg.integra.rest.hsds;

import bg.integra.change.Tags;
import bg.integra.common.Languages;
import bg.integra.common.PageRequest;
import bg.integra.network.DirectoryService;
import bg.integra.network.Location;
import bg.integra.network.Service;
import bg.integra.organisation.Organisation;
import bg.integra.rest.common.Cacheable;
import bg.integra.rest.common.InvalidParameterException;
import bg.integra.rest.common.Parameters;
import bg.integra.rest.hsds.HsdsIds.Type;
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

import java.util.List;
import java.util.Set;

/**
 * The network's directory as an Open Referral HSDS 3.0 API (the endpoints its API reference requires, and
 * {@code /organizations} and {@code /service_at_locations}): only members of the network and their records, in
 * HSDS's fields and pages. Ids are UUIDs ({@link HsdsIds}); one that is malformed, of another type or unknown is
 * 404. Texts are Bulgarian unless {@code lang} names another language of the portal.
 */
@Path("hsds")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "HSDS", description = "The network's directory in the shape of the Open Referral Human Services Data Specification 3.0")
public class HsdsResource {

    /** The HSDS version these answers follow. */
    static final String VERSION = "3.0";
    /** No profile: HSDS's core schemas, at the address its profiles page names for them. */
    static final String PROFILE = "https://github.com/openreferral/specification/tree/3.0/schema";
    static final int MAX_SEARCH_LENGTH = 200;

    @Inject
    private Cacheable cache;

    @Inject
    private DirectoryService directory;

    @GET
    @Operation(summary = "Information about this API and its relationship with HSDS",
            description = "The HSDS version, the profile (HSDS's core) and the address of this API's OpenAPI document.")
    @APIResponse(responseCode = "200", description = "version, profile and openapi_url")
    public HsdsApiInfo info(@Context UriInfo uri) {
        return new HsdsApiInfo(VERSION, PROFILE, uri.getBaseUri().resolve("../openapi").toString());
    }

    @GET
    @Path("services")
    @Operation(summary = "Services of the network's members, a page at a time, with their organization")
    @APIResponse(responseCode = "200", description = "An HSDS page of services (service_list)")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad page, per_page or lang, as application/problem+json")
    public Response services(@Parameter(description = "Page number, from 1") @QueryParam("page") String page,
                             @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("per_page") String perPage,
                             @Parameter(description = "Language of the texts (default bg)") @QueryParam("lang") String lang,
                             @Context Request request, @Context UriInfo uri) {
        PageRequest paging = paging(page, perPage);
        HsdsMapper hsds = new HsdsMapper(language(lang));
        return cache.ok(request, uri, Set.of(Tags.NETWORK), () -> HsdsPage.of(
                directory.services(null, null, null, null, paging), s -> hsds.service(s, true)));
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One service, fully nested: phones, languages, and each location it is offered at")
    @APIResponse(responseCode = "200", description = "The service")
    @APIResponse(responseCode = "404", description = "No such service of a member, as application/problem+json")
    public Response service(@PathParam("id") String id, @QueryParam("lang") String lang,
                            @Context Request request, @Context UriInfo uri) {
        long serviceId = HsdsIds.number(Type.SERVICE, id);
        HsdsMapper hsds = new HsdsMapper(language(lang));
        return cache.ok(request, uri, Set.of(Tags.NETWORK), () -> hsds.service(directory.service(serviceId)));
    }

    @GET
    @Path("organizations")
    @Operation(summary = "Members of the network, a page at a time", description = "search matches the name in any language.")
    @APIResponse(responseCode = "200", description = "An HSDS page of organizations (organization_list)")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad parameter, as application/problem+json")
    public Response organizations(@Parameter(description = "Text to look for in the name") @QueryParam("search") String search,
                                  @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
                                  @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("per_page") String perPage,
                                  @Parameter(description = "Language of the texts (default bg)") @QueryParam("lang") String lang,
                                  @Context Request request, @Context UriInfo uri) {
        PageRequest paging = paging(page, perPage);
        String text = Parameters.text("search", search, MAX_SEARCH_LENGTH);
        HsdsMapper hsds = new HsdsMapper(language(lang));
        return cache.ok(request, uri, Set.of(Tags.NETWORK), () -> HsdsPage.of(directory.members(text, null, paging),
                hsds::organization));
    }

    @GET
    @Path("organizations/{id}")
    @Operation(summary = "One member, with its phone, its locations in full and its services in brief")
    @APIResponse(responseCode = "200", description = "The organization")
    @APIResponse(responseCode = "404", description = "No such member of the network, as application/problem+json")
    public Response organization(@PathParam("id") String id, @QueryParam("lang") String lang,
                                 @Context Request request, @Context UriInfo uri) {
        long organisationId = HsdsIds.number(Type.ORGANIZATION, id);
        HsdsMapper hsds = new HsdsMapper(language(lang));
        return cache.ok(request, uri, Set.of(Tags.NETWORK), () -> {
            Organisation member = directory.member(organisationId);
            List<Service> services = directory.servicesOf(member);
            List<Location> locations = directory.locationsOf(member);
            return hsds.organization(member, services, locations);
        });
    }

    @GET
    @Path("service_at_locations")
    @Operation(summary = "Every service offered at a location, a page at a time, with the service and the location")
    @APIResponse(responseCode = "200", description = "An HSDS page of services at locations (service_at_location_list)")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad page, per_page or lang, as application/problem+json")
    public Response servicesAtLocations(@Parameter(description = "Page number, from 1") @QueryParam("page") String page,
                                        @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("per_page") String perPage,
                                        @Parameter(description = "Language of the texts (default bg)") @QueryParam("lang") String lang,
                                        @Context Request request, @Context UriInfo uri) {
        PageRequest paging = paging(page, perPage);
        HsdsMapper hsds = new HsdsMapper(language(lang));
        return cache.ok(request, uri, Set.of(Tags.NETWORK), () -> HsdsPage.of(directory.servicesAtLocations(paging),
                hsds::serviceAtLocation));
    }

    /** HSDS's {@code page} counts from 1. */
    static PageRequest paging(String page, String perPage) {
        return new PageRequest(Parameters.integer("page", page, 1, 1, 1_000_000) - 1,
                Parameters.integer("per_page", perPage, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }

    /** One of the portal's languages; Bulgarian when none is asked for. */
    static String language(String lang) {
        String code = Parameters.language("lang", lang);
        if (code == null) return Languages.DEFAULT;
        if (!Languages.PORTAL.contains(code)) throw new InvalidParameterException("lang", "must be one of " + Languages.PORTAL);
        return code;
    }
}
