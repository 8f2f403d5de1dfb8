package bg.integra.rest.training;

import bg.integra.change.Tags;
import bg.integra.common.Languages;
import bg.integra.common.PageRequest;
import bg.integra.rest.common.Cacheable;
import bg.integra.rest.common.PageDto;
import bg.integra.rest.common.Parameters;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseQuery;
import bg.integra.training.CourseTopic;
import bg.integra.training.TrainingCatalogue;
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

@Path("v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Training", description = "The online training's published courses and their outlines, read-only")
public class CourseResource {

    @Inject
    private Cacheable cache;

    @Inject
    private TrainingCatalogue catalogue;

    @GET
    @Operation(summary = "Published courses, a page at a time, in the order of their addresses",
            description = "Filtered by audience (IMMIGRANTS, PROFESSIONALS), a language the course is written in and "
                    + "topic; texts in the language asked for (lang) or its fallback (textLanguage says which).")
    @APIResponse(responseCode = "200", description = "A page of courses")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response list(@Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                         @Parameter(description = "IMMIGRANTS or PROFESSIONALS") @QueryParam("audience") String audience,
                         @Parameter(description = "A language the course is written in, one of the portal's") @QueryParam("language") String language,
                         @Parameter(description = "INTERCULTURAL, DIALOGUE, PRACTICE or SETTLING_IN") @QueryParam("topic") String topic,
                         @Parameter(description = "Language of the texts, one of the portal's (default bg)") @QueryParam("lang") String lang,
                         @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        CourseQuery query = new CourseQuery(Parameters.enumeration("audience", audience, CourseAudience.class),
                Parameters.portalLanguage("language", language, null),
                Parameters.enumeration("topic", topic, CourseTopic.class));
        String texts = Parameters.portalLanguage("lang", lang, Languages.DEFAULT);
        return cache.ok(request, uri, Set.of(Tags.TRAINING, Tags.ORGANISATIONS),
                () -> PageDto.of(catalogue.catalogue(query, paging), c -> CourseSummaryDto.of(c, texts)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A published course's public outline: its facts, certificate text, modules and lessons' titles")
    @APIResponse(responseCode = "200", description = "The course")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    @APIResponse(responseCode = "404", description = "No such published course, as application/problem+json")
    public Response course(@PathParam("id") String id,
                           @Parameter(description = "Language of the texts, one of the portal's (default bg)") @QueryParam("lang") String lang,
                           @Context Request request, @Context UriInfo uri) {
        long courseId = Parameters.id("id", id);
        String texts = Parameters.portalLanguage("lang", lang, Languages.DEFAULT);
        return cache.ok(request, uri, Set.of(Tags.TRAINING, Tags.ORGANISATIONS),
                () -> CourseDto.of(catalogue.published(courseId), texts));
    }
}
