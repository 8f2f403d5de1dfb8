package bg.integra.testsupport;

import bg.integra.account.Role;
import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.organisation.Organisation;
import bg.integra.project.EventKind;
import bg.integra.project.IndicatorMeasure;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.LocalDate;

/**
 * POST /test-support/journey: what a participant's journey needs, from the existing seeds: an organisation with a
 * coordinator, an editor (one password), a project of the organisation with a counted indicator "Участници в
 * семинарите" (PARTICIPANTS, target 10) and a published seminar of it with 20 places that starts tomorrow at 10:00
 * (Sofia). Answers the accounts, the project's id, the indicator's name, the event's id, slug and title, and the tag.
 */
@ApplicationScoped
public class JourneySeed implements Seed {

    public static final String INDICATOR = "Участници в семинарите";

    @Inject
    private TestData data;

    @Inject
    private IndicatorSeeds indicators;

    @Inject
    private RegistrationSeeds registrations;

    @Override
    public String path() {
        return "journey";
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("j");
        Organisation organisation = data.organisation("Сдружение " + tag);
        String password = "pw-" + tag + "-long";
        String coordinator = "coordinator-" + tag.toLowerCase();
        String editor = "editor-" + tag.toLowerCase();
        data.account(coordinator, Role.COORDINATOR, organisation, password);
        data.account(editor, Role.EDITOR, null, password);
        Project project = data.project(organisation, "Проект " + tag, "Project " + tag);
        indicators.countedIndicator(project.getId(), INDICATOR, IndicatorUnit.PARTICIPANTS, 10, IndicatorMeasure.PARTICIPANTS, null);
        Event event = registrations.event(tag, project, LocalDate.now(Content.ZONE).plusDays(1).atTime(10, 0),
                Region.HASKOVO, EventKind.SEMINAR, 20, true);
        return Json.createObjectBuilder()
                .add("tag", tag)
                .add("coordinator", coordinator)
                .add("editor", editor)
                .add("password", password)
                .add("projectId", project.getId())
                .add("indicator", INDICATOR)
                .add("eventId", event.getId())
                .add("eventSlug", event.getSlug())
                .add("eventTitle", "Семинар " + tag)
                .build();
    }
}
