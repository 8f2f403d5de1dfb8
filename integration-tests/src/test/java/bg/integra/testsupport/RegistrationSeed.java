package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * POST /test-support/registration-event creates an event to register for: form fields capacity (none = no
 * limit), startsInHours (default 720; negative for one that has started) or startsInSeconds, endsInHours (default
 * three hours after the start), published (default true), region, kind, and project=new to make a project for it or
 * projectOf=id to add it to one. Answers id, slug, tag and projectId.
 * <p>
 * GET /test-support/registration-event?id=… answers the event's registrations as the database holds them
 * (SQL, not the API): {@code counts} per status and {@code registrations} with e-mail and status in order of
 * arrival.
 */
@ApplicationScoped
public class RegistrationSeed implements Seed {

    @Inject
    private RegistrationSeeds seeds;

    @Inject
    private TestData data;

    @Override
    public String path() {
        return "registration-event";
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("r");
        Project project = null;
        if ("new".equals(params.optional("project"))) {
            project = data.project(data.organisation("Организация " + tag), "Проект " + tag, "Project " + tag);
        } else if (params.has("projectOf")) {
            project = seeds.project(params.number("projectOf"));
        }
        LocalDateTime now = LocalDateTime.now(Content.ZONE).withNano(0);
        LocalDateTime startsAt = params.has("startsInSeconds")
                ? now.plusSeconds(params.number("startsInSeconds"))
                : now.plusHours(params.number("startsInHours", 720));
        Event e = seeds.event(tag, project, startsAt, params.choice("region", Region.class, Region.HASKOVO),
                params.choice("kind", EventKind.class, EventKind.SEMINAR),
                params.has("capacity") ? params.integer("capacity") : null,
                params.flag("published", true),
                params.has("endsInHours") ? now.plusHours(params.number("endsInHours")) : null);
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", e.getId()).add("slug", e.getSlug()).add("tag", tag);
        if (project != null) json.add("projectId", project.getId());
        return json.build();
    }

    @Override
    public JsonObject get(Params params) {
        Map<String, Integer> counts = new TreeMap<>();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Object[] row : seeds.registrations(params.number("id"))) {
            counts.merge((String) row[1], 1, Integer::sum);
            rows.add(Json.createObjectBuilder().add("email", (String) row[0]).add("status", (String) row[1])
                    .add("targetGroup", (String) row[2]).add("consentVersion", (String) row[3]).add("language", (String) row[4]));
        }
        JsonObjectBuilder c = Json.createObjectBuilder();
        counts.forEach(c::add);
        return Json.createObjectBuilder().add("counts", c).add("registrations", rows).build();
    }
}
