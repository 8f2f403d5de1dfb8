package bg.integra.rest.knowledge;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.knowledge.InitiativeKind;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.KnowledgeQuery;
import bg.integra.knowledge.KnowledgeService;
import bg.integra.knowledge.MeasureStatus;
import bg.integra.knowledge.TargetAudience;
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

/**
 * The network's knowledge base: published good practices, cases, regional measures and initiatives, each list paged and
 * filtered as on the portal; a draft or submitted item is a 404 as an unknown one.
 */
@Path("v1/network")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Knowledge base")
public class KnowledgeResource {

    private static final int MAX_TEXT = 200;
    private static final Set<String> TAGS = Set.of(Tags.KNOWLEDGE);

    @Inject
    private Cacheable cache;

    @Inject
    private KnowledgeService knowledge;

    @GET
    @Path("practices")
    @Operation(summary = "List the published good practices, newest first",
            description = "All filters are optional and combine; q's words must all occur in the practice's texts, "
                    + "in any language and spelling.")
    @APIResponse(responseCode = "200", description = "A page of practices")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response practices(@Parameter(description = "Words to look for") @QueryParam("q") String q,
                              @Parameter(description = "Oblast, e.g. HASKOVO") @QueryParam("region") String region,
                              @Parameter(description = "Target audience, e.g. REFUGEES") @QueryParam("audience") String audience,
                              @Parameter(description = "Area of integration, e.g. EDUCATION") @QueryParam("area") String area,
                              @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                              @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                              @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        KnowledgeQuery query = new KnowledgeQuery(Parameters.text("q", q, MAX_TEXT),
                Parameters.enumeration("region", region, Region.class),
                Parameters.enumeration("audience", audience, TargetAudience.class),
                Parameters.enumeration("area", area, IntegrationArea.class), null);
        return cache.ok(request, uri, TAGS, () -> PageDto.of(knowledge.practices(query, paging), PracticeDto::of));
    }

    @GET
    @Path("practices/{id}")
    @Operation(summary = "One published good practice")
    @APIResponse(responseCode = "200", description = "The practice")
    @APIResponse(responseCode = "404", description = "No such published practice, as application/problem+json")
    public Response practice(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long practiceId = Parameters.id("id", id);
        return cache.ok(request, uri, TAGS, () -> PracticeDto.of(knowledge.practice(practiceId)));
    }

    @GET
    @Path("cases")
    @Operation(summary = "List the published, anonymised cases, newest first")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response cases(@Parameter(description = "Words to look for") @QueryParam("q") String q,
                          @Parameter(description = "Oblast, e.g. HASKOVO") @QueryParam("region") String region,
                          @Parameter(description = "Area of integration, e.g. HEALTH") @QueryParam("area") String area,
                          @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                          @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                          @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        KnowledgeQuery query = new KnowledgeQuery(Parameters.text("q", q, MAX_TEXT),
                Parameters.enumeration("region", region, Region.class), null,
                Parameters.enumeration("area", area, IntegrationArea.class), null);
        return cache.ok(request, uri, TAGS, () -> PageDto.of(knowledge.cases(query, paging), CaseDto::of));
    }

    @GET
    @Path("cases/{id}")
    @Operation(summary = "One published case")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such published case, as application/problem+json")
    public Response caseStudy(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long caseId = Parameters.id("id", id);
        return cache.ok(request, uri, TAGS, () -> CaseDto.of(knowledge.caseStudy(caseId)));
    }

    @GET
    @Path("measures")
    @Operation(summary = "List the published regional measures, most recently proposed first")
    @APIResponse(responseCode = "200", description = "A page of measures")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response measures(@Parameter(description = "Words to look for") @QueryParam("q") String q,
                             @Parameter(description = "Oblast, e.g. HASKOVO") @QueryParam("region") String region,
                             @Parameter(description = "PROPOSED, DISCUSSED, ADOPTED or REJECTED") @QueryParam("status") String status,
                             @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                             @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                             @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        KnowledgeQuery query = new KnowledgeQuery(Parameters.text("q", q, MAX_TEXT),
                Parameters.enumeration("region", region, Region.class), null, null,
                Parameters.enumeration("status", status, MeasureStatus.class));
        return cache.ok(request, uri, TAGS, () -> PageDto.of(knowledge.measures(query, paging), MeasureDto::of));
    }

    @GET
    @Path("measures/{id}")
    @Operation(summary = "One published regional measure with the cases and practices it comes from")
    @APIResponse(responseCode = "200", description = "The measure")
    @APIResponse(responseCode = "404", description = "No such published measure, as application/problem+json")
    public Response measure(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long measureId = Parameters.id("id", id);
        return cache.ok(request, uri, TAGS, () -> MeasureDto.of(knowledge.measure(measureId)));
    }

    @GET
    @Path("initiatives")
    @Operation(summary = "List the published initiatives: upcoming ones first, soonest first, then completed projects, latest first",
            description = "An upcoming initiative is listed until it has ended (its end, or its start when it has none).")
    @APIResponse(responseCode = "200", description = "A page of initiatives")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response initiatives(@Parameter(description = "Words to look for") @QueryParam("q") String q,
                                @Parameter(description = "Oblast, e.g. HASKOVO") @QueryParam("region") String region,
                                @Parameter(description = "UPCOMING or COMPLETED") @QueryParam("kind") String kind,
                                @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                                @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                                @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        KnowledgeQuery query = new KnowledgeQuery(Parameters.text("q", q, MAX_TEXT),
                Parameters.enumeration("region", region, Region.class), null, null, null,
                Parameters.enumeration("kind", kind, InitiativeKind.class));
        return cache.ok(request, uri, TAGS, () -> PageDto.of(knowledge.initiatives(query, paging), InitiativeDto::of));
    }

    @GET
    @Path("initiatives/{id}")
    @Operation(summary = "One published initiative or completed project")
    @APIResponse(responseCode = "200", description = "The initiative")
    @APIResponse(responseCode = "404", description = "No such published initiative, as application/problem+json")
    public Response initiative(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long initiativeId = Parameters.id("id", id);
        return cache.ok(request, uri, TAGS, () -> InitiativeDto.of(knowledge.initiative(initiativeId)));
    }
}
