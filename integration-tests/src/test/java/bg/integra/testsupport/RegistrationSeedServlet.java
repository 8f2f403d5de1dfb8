package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.event.Event;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * POST /test-support/registration-event creates an event to register for: form fields capacity (none = no
 * limit), startsInHours (default 720; negative for one that has started), endsInHours (default three hours after
 * the start), published (default true), region,
 * kind, and project=new to make a project for it or projectOf=id to add it to one. Answers id, slug, tag and projectId.
 * <p>
 * GET /test-support/registration-event?id=… answers the event's registrations as the database holds them
 * (SQL, not the API): {@code counts} per status and {@code registrations} with e-mail and status in order of
 * arrival.
 */
@WebServlet("/test-support/registration-event")
public class RegistrationSeedServlet extends HttpServlet {

    @Inject
    private RegistrationSeeds seeds;

    @Inject
    private TestData data;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String tag = TestData.unique("r");
        Project project = null;
        String projectParam = request.getParameter("project");
        if ("new".equals(projectParam)) {
            project = data.project(data.organisation("Организация " + tag), "Проект " + tag, "Project " + tag);
        } else if (request.getParameter("projectOf") != null) {
            project = seeds.project(Long.parseLong(request.getParameter("projectOf")));
        }
        String capacity = request.getParameter("capacity");
        LocalDateTime now = LocalDateTime.now(bg.integra.content.Content.ZONE).withNano(0);
        LocalDateTime startsAt = request.getParameter("startsInSeconds") != null
                ? now.plusSeconds(Long.parseLong(request.getParameter("startsInSeconds")))
                : now.plusHours(Long.parseLong(param(request, "startsInHours", "720")));
        Event e = seeds.event(tag, project, startsAt, Region.valueOf(param(request, "region", "HASKOVO")),
                EventKind.valueOf(param(request, "kind", "SEMINAR")),
                capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity),
                Boolean.parseBoolean(param(request, "published", "true")),
                request.getParameter("endsInHours") == null ? null : now.plusHours(Long.parseLong(request.getParameter("endsInHours"))));
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", e.getId()).add("slug", e.getSlug()).add("tag", tag);
        if (project != null) json.add("projectId", project.getId());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.build().toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Long.parseLong(request.getParameter("id"));
        Map<String, Integer> counts = new TreeMap<>();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Object[] row : seeds.registrations(id)) {
            counts.merge((String) row[1], 1, Integer::sum);
            rows.add(Json.createObjectBuilder().add("email", (String) row[0]).add("status", (String) row[1])
                    .add("targetGroup", (String) row[2]).add("consentVersion", (String) row[3]).add("language", (String) row[4]));
        }
        JsonObjectBuilder c = Json.createObjectBuilder();
        counts.forEach(c::add);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("counts", c).add("registrations", rows).build().toString());
    }

    private static String param(HttpServletRequest request, String name, String defaultValue) {
        String v = request.getParameter(name);
        return v == null || v.isBlank() ? defaultValue : v;
    }
}
