package bg.integra.testsupport;

import bg.integra.account.Role;
import bg.integra.event.Event;
import bg.integra.organisation.Organisation;
import bg.integra.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * POST /test-support/attendance?confirmed=N: an organisation with a registrar and a coordinator (one password), an
 * event of its project that started an hour ago with N confirmed registrations ("Участник {tag} 001" …), one
 * waitlisted and one cancelled, and an event of another organisation. Answers the accounts, the events' ids, slugs
 * and titles, the confirmed names and the tag.
 */
@ApplicationScoped
public class AttendanceSeed implements Seed {

    @Inject
    private AttendanceSeeds seeds;

    @Inject
    private TestData data;

    @Override
    public String path() {
        return "attendance";
    }

    @Override
    public JsonObject post(Params params) {
        int confirmed = params.integer("confirmed", 3);
        String tag = TestData.unique("att");
        Organisation own = data.organisation("Сдружение " + tag);
        Organisation other = data.organisation("Друга организация " + tag);
        String password = "pw-" + tag + "-long";
        String registrar = "registrar-" + tag.toLowerCase();
        String coordinator = "coordinator-" + tag.toLowerCase();
        data.account(registrar, Role.REGISTRAR, own, password);
        data.account(coordinator, Role.COORDINATOR, own, password);
        Event event = seeds.startedEvent(own, tag);
        Event otherEvent = seeds.startedEvent(other, "other-" + tag);
        JsonArrayBuilder names = Json.createArrayBuilder();
        for (int i = 1; i <= confirmed; i++) {
            String name = String.format("Участник %s %03d", tag, i);
            seeds.registration(event.getId(), name, "p" + i + "-" + tag.toLowerCase() + "@example.bg", RegistrationStatus.CONFIRMED);
            names.add(name);
        }
        seeds.registration(event.getId(), "Чакащ " + tag, "wait-" + tag.toLowerCase() + "@example.bg", RegistrationStatus.WAITLISTED);
        seeds.registration(event.getId(), "Отказал се " + tag, "gone-" + tag.toLowerCase() + "@example.bg", RegistrationStatus.CANCELLED);
        seeds.registration(otherEvent.getId(), "Чужд " + tag, "other-" + tag.toLowerCase() + "@example.bg", RegistrationStatus.CONFIRMED);
        return Json.createObjectBuilder()
                .add("tag", tag)
                .add("registrar", registrar)
                .add("coordinator", coordinator)
                .add("password", password)
                .add("eventId", event.getId())
                .add("eventSlug", event.getSlug())
                .add("eventTitle", "Семинар " + tag)
                .add("otherEventId", otherEvent.getId())
                .add("names", names)
                .build();
    }
}
