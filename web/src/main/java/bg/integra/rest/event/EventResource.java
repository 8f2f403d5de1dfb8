package bg.integra.rest.event;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.content.ContentType;
import bg.integra.event.Event;
import bg.integra.event.EventQuery;
import bg.integra.event.EventService;
import bg.integra.project.EventKind;
import bg.integra.registration.RegistrationService;
import bg.integra.rest.common.Cacheable;
import bg.integra.rest.common.InvalidParameterException;
import bg.integra.rest.common.PageDto;
import bg.integra.rest.common.Parameters;
import bg.integra.rest.registration.ConsentPurpose;
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
import java.time.LocalDateTime;
import java.util.Locale;

@Path("v1/events")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Events", description = "Seminars, forums, practicums, trainings and press conferences of the projects")
public class EventResource {

    @Inject
    private Cacheable cache;

    @Inject
    private EventService events;

    @Inject
    private RegistrationService registrations;

    @GET
    @Operation(summary = "Published events, a page at a time",
            description = "Upcoming events soonest first (an event is upcoming until it ends), or past events latest first. "
                    + "Times are local to Bulgaria. All filters are optional and combine.")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in the application/problem+json body")
    public Response list(@Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
                         @Parameter(description = "upcoming (default) or past") @QueryParam("when") String when,
                         @Parameter(description = "Id of the project the events belong to") @QueryParam("project") String project,
                         @Parameter(description = "Oblast, e.g. HASKOVO") @QueryParam("region") String region,
                         @Parameter(description = "SEMINAR, FORUM, PRACTICUM, TRAINING, PRESS_CONFERENCE or DISCUSSION") @QueryParam("kind") String kind,
                         @Context Request request, @Context UriInfo uri) {
        PageRequest paging = Parameters.paging(page, size);
        EventQuery query = new EventQuery(past(when),
                Parameters.enumeration("region", region, Region.class),
                Parameters.enumeration("kind", kind, EventKind.class),
                project == null || project.isBlank() ? null : Parameters.id("project", project.strip()));
        return cache.ok(request, uri, Set.of(Tags.list(ContentType.EVENT)), () -> PageDto.of(events.events(query, paging), EventSummaryDto::of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published event, with how full it is and whether registration is open")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "404", description = "No such published event, as application/problem+json")
    public Response get(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        long eventId = Parameters.id("id", id);
        // the event with its places left, its activity and project, its target groups
        return cache.ok(request, uri, Set.of(Tags.content(eventId), Tags.PROJECTS, Tags.TARGET_GROUPS), () -> {
            Event event = events.published(eventId);
            boolean open = LocalDateTime.now(Content.ZONE).isBefore(event.getStartsAt());
            return EventDto.of(event, registrations.occupancy(eventId), open, RegistrationService.CONSENT_VERSION,
                    ConsentPurpose.texts());
        });
    }

    private static boolean past(String when) {
        if (when == null || when.isBlank()) return false;
        return switch (when.strip().toLowerCase(Locale.ROOT)) {
            case "upcoming" -> false;
            case "past" -> true;
            default -> throw new InvalidParameterException("when", "must be upcoming or past");
        };
    }
}
