package bg.integra.rest.project;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.project.ActivityService;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.project.ProjectStatus;
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

@Path("v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Projects", description = "EU-funded integration projects and their indicators")
public class ProjectResource {

    @Inject
    private Cacheable cache;

    @Inject
    private ProjectService projects;

    @Inject
    private ActivityService activities;

    @GET
    @Operation(summary = "Search projects, a page at a time",
            description = "All filters are optional and combine. q matches titles and summaries in every language and the contract number, ignoring case.")
    @APIResponse(responseCode = "200", description = "A page of projects")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response list(@Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                         @Parameter(description = "Oblast, e.g. HASKOVO") @QueryParam("region") String region,
                         @Parameter(description = "PLANNED, RUNNING or COMPLETED") @QueryParam("status") String status,
                         @Parameter(description = "Text to look for, in Bulgarian or English") @QueryParam("q") String q,
                         @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        ProjectQuery query = new ProjectQuery(
                Parameters.enumeration("region", region, Region.class),
                Parameters.enumeration("status", status, ProjectStatus.class),
                Parameters.text("q", q, ProjectQuery.MAX_TEXT_LENGTH),
                null);
        return cache.ok(request, uri, Set.of(Tags.PROJECTS, Tags.INDICATORS), () -> PageDto.of(projects.search(query, paging), ProjectSummaryDto::of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project with its indicators",
            description = "Each indicator names its source: ENTERED by the project's staff, or COUNTED from the platform's "
                    + "records (events held, distinct participants present, per target group, copies printed) when the "
                    + "project is read; a counted indicator also names its measure and parameter.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "404", description = "No such project, as application/problem+json")
    public Response get(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long projectId = Parameters.id("id", id);
        return cache.ok(request, uri, Set.of(Tags.project(projectId), Tags.PROJECTS, Tags.TARGET_GROUPS), () -> ProjectDto.of(projects.get(projectId), activities.ofProject(projectId)));
    }
}
