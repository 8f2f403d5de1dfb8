package bg.integra.testsupport;

import bg.integra.account.Role;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.organisation.Organisation;
import bg.integra.project.Project;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.LocalDateTime;

/**
 * POST /test-support/personal-data: one person registered for an event of each of two organisations, a
 * coordinator of the first and an editor; answers the e-mail, ids, event titles and credentials.
 * GET /test-support/personal-data?id=…: a registration's name and whether it is erased.
 */
@ApplicationScoped
public class PersonalDataSeed implements Seed {

    @Inject
    private TestData data;

    @Inject
    private PersonalDataSeeds seeds;

    @Override
    public String path() {
        return "personal-data";
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("g");
        Organisation own = data.organisation("Организация " + tag);
        Organisation other = data.organisation("Друга организация " + tag);
        Project ownProject = data.project(own, "Проект " + tag, null);
        Project otherProject = data.project(other, "Чужд проект " + tag, null);
        LocalDateTime start = LocalDateTime.now(Content.ZONE).minusDays(5).withNano(0);
        Event ownEvent = seeds.event("own-" + tag, ownProject, start);
        Event otherEvent = seeds.event("other-" + tag, otherProject, start);
        String email = "page-" + tag + "@example.org";
        Registration mine = seeds.registration(ownEvent.getId(), "Надя " + tag, email, "NGO", RegistrationStatus.CONFIRMED, true);
        Registration theirs = seeds.registration(otherEvent.getId(), "Надя " + tag, email, "NGO", RegistrationStatus.CONFIRMED, false);
        String coordinator = "coord-" + tag.toLowerCase();
        String editor = "editor-" + tag.toLowerCase();
        String password = "pw-" + tag + "-long";
        data.account(coordinator, Role.COORDINATOR, own, password);
        data.account(editor, Role.EDITOR, null, password);
        return Json.createObjectBuilder()
                .add("tag", tag)
                .add("email", email)
                .add("name", "Надя " + tag)
                .add("ownRegistrationId", mine.getId())
                .add("otherRegistrationId", theirs.getId())
                .add("ownEventTitle", "Семинар own-" + tag)
                .add("otherEventTitle", "Семинар other-" + tag)
                .add("coordinator", coordinator)
                .add("editor", editor)
                .add("password", password)
                .build();
    }

    @Override
    public JsonObject get(Params params) {
        Registration r = seeds.reload(params.number("id"));
        return Json.createObjectBuilder()
                .add("name", r.getName())
                .add("erased", r.isErased())
                .build();
    }
}
