package bg.integra.testsupport;

import bg.integra.event.Event;
import bg.integra.project.EventKind;
import bg.integra.project.IndicatorMeasure;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.Project;
import bg.integra.project.PublicityKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * POST /test-support/indicators seeds what counted indicators count, for client-side tests:
 * <ul>
 * <li>{@code action=project}: a project with an entered indicator (seminars 4/1) and counted ones: seminars held
 * (target 3), participants (10), participants of the NGO group (5), handbooks printed (500); two past seminars
 * and one to come; at the first, Anna (NGO) and Boris present and Vera (NGO) absent, at the second Anna again
 * with her e-mail in capitals; 250 handbooks. Answers projectId, eventId (the first seminar) and veraId.</li>
 * <li>{@code action=attend&id=…&present=true|false}: marks a registration's attendance.</li>
 * <li>{@code action=material&project=…&kind=…&quantity=…}: a printed material; answers its id.</li>
 * </ul>
 */
@ApplicationScoped
public class IndicatorSeed implements Seed {

    @Inject
    private TestData data;

    @Inject
    private IndicatorSeeds seeds;

    @Inject
    private RegistrationSeeds registrations;

    @Override
    public String path() {
        return "indicators";
    }

    @Override
    public JsonObject post(Params params) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        String action = params.required("action");
        switch (action) {
            case "project" -> {
                String tag = TestData.unique("ind");
                Project p = data.project(data.organisation("Организация " + tag), "Проект " + tag, "Project " + tag);
                seeds.countedIndicator(p.getId(), "Проведени семинари", IndicatorUnit.EVENTS, 3, IndicatorMeasure.EVENTS_HELD, "SEMINAR");
                seeds.countedIndicator(p.getId(), "Участници", IndicatorUnit.PARTICIPANTS, 10, IndicatorMeasure.PARTICIPANTS, null);
                seeds.countedIndicator(p.getId(), "Участници от НПО", IndicatorUnit.PARTICIPANTS, 5,
                        IndicatorMeasure.PARTICIPANTS_IN_TARGET_GROUP, "NGO");
                seeds.countedIndicator(p.getId(), "Отпечатани справочници", IndicatorUnit.COPIES, 500,
                        IndicatorMeasure.COPIES_PRINTED, "HANDBOOK");
                Event first = seeds.event(p, EventKind.SEMINAR, -72, true);
                Event second = seeds.event(p, EventKind.SEMINAR, -24, true);
                seeds.event(p, EventKind.SEMINAR, 240, true);
                String anna = "anna-" + tag + "@example.bg";
                seeds.registration(first.getId(), "Анна Петрова", anna, "NGO", true, false);
                seeds.registration(first.getId(), "Борис Колев", "boris-" + tag + "@example.bg", "LOCAL_AUTHORITY", true, false);
                long vera = seeds.registration(first.getId(), "Вера Ахмади", "vera-" + tag + "@example.bg", "NGO", false, false).getId();
                seeds.registration(second.getId(), "Анна Петрова", anna.toUpperCase(), "NGO", true, false);
                seeds.material(p, PublicityKind.HANDBOOK, 250);
                json.add("projectId", p.getId()).add("eventId", first.getId()).add("veraId", vera);
            }
            case "attend" -> seeds.markAttendance(params.number("id"), params.flag("present", false));
            case "material" -> json.add("id", seeds.material(registrations.project(params.number("project")),
                    params.choice("kind", PublicityKind.class), params.integer("quantity")).getId());
            default -> throw new Params.Failure(400, "unknown action " + action);
        }
        return json.build();
    }
}
