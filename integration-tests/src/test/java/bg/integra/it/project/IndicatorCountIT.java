package bg.integra.it.project;

import bg.integra.common.ConflictException;
import bg.integra.event.Event;
import bg.integra.organisation.Organisation;
import bg.integra.privacy.PersonalDataService;
import bg.integra.project.EventKind;
import bg.integra.project.Indicator;
import bg.integra.project.IndicatorMeasure;
import bg.integra.project.IndicatorSource;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.project.PublicityKind;
import bg.integra.registration.Registration;
import bg.integra.testsupport.IndicatorSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.Map;

import static bg.integra.it.Failures.assertCausedBy;
import static bg.integra.it.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Counted indicators inside the server, against the records they count: published events that have started
 * (of one kind or all), distinct people present (by e-mail, whatever its case; absent and cancelled registrations
 * and other projects' events left out), per target group, copies of printed materials; an entered indicator keeps
 * its figure; the counts follow attendance as it changes; and the rules of a counted indicator's measure.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorCountIT {

    @Inject
    ProjectService projects;

    @Inject
    AsAdministrator admin;

    @Inject
    PersonalDataService personalData;

    @Inject
    TestData data;

    @Inject
    IndicatorSeeds seeds;

    private Project project() {
        Organisation o = data.organisation("Сдружение " + TestData.unique("cnt"));
        return data.project(o, "Проект " + TestData.unique("cnt"), null); // with "Семинари" entered: 4 / 1
    }

    private Indicator counted(Project p, String name, IndicatorMeasure measure, String parameter) {
        return admin.call(() -> projects.addCountedIndicator(p.getId(), Map.of("bg", name), IndicatorUnit.ITEMS, 10, measure, parameter));
    }

    /** Indicator name → achieved, as a reader of the project gets them. */
    private Map<String, Integer> achieved(Project p) {
        Map<String, Integer> figures = new LinkedHashMap<>();
        projects.get(p.getId()).getIndicators().forEach(i -> figures.put(i.name("bg"), i.getAchieved()));
        return figures;
    }

    @Test
    void countedIndicatorsCountTheProjectsRecordsAndFollowAttendance() {
        Project p = project();
        counted(p, "events", IndicatorMeasure.EVENTS_HELD, null);
        counted(p, "seminars", IndicatorMeasure.EVENTS_HELD, "SEMINAR");
        counted(p, "participants", IndicatorMeasure.PARTICIPANTS, null);
        counted(p, "ngo", IndicatorMeasure.PARTICIPANTS_IN_TARGET_GROUP, "NGO");
        counted(p, "media", IndicatorMeasure.PARTICIPANTS_IN_TARGET_GROUP, "MEDIA");
        counted(p, "copies", IndicatorMeasure.COPIES_PRINTED, null);
        counted(p, "handbooks", IndicatorMeasure.COPIES_PRINTED, "HANDBOOK");
        Project other = project();

        Event seminar1 = seeds.event(p, EventKind.SEMINAR, -72, true);
        Event seminar2 = seeds.event(p, EventKind.SEMINAR, -24, true);
        Event forum = seeds.event(p, EventKind.FORUM, -1, true);
        seeds.event(p, EventKind.SEMINAR, 48, true);          // not held yet
        Event draft = seeds.event(p, EventKind.SEMINAR, -48, false); // not published
        Event elsewhere = seeds.event(other, EventKind.SEMINAR, -24, true);

        String tag = TestData.unique("p");
        String anna = "anna-" + tag + "@example.bg";
        seeds.registration(seminar1.getId(), "Анна", anna, "NGO", true, false);
        Registration boris = seeds.registration(seminar1.getId(), "Борис", "boris-" + tag + "@example.bg", "LOCAL_AUTHORITY", true, false);
        Registration vera = seeds.registration(seminar1.getId(), "Вера", "vera-" + tag + "@example.bg", "NGO", false, false);
        seeds.registration(seminar1.getId(), "Галя", "galya-" + tag + "@example.bg", "NGO", true, true); // came, then cancelled
        seeds.registration(seminar2.getId(), "Анна", anna.toUpperCase(), "NGO", true, false);         // the same person again
        seeds.registration(forum.getId(), "Ахмад", "ahmad-" + tag + "@example.bg", "IMMIGRANT_COMMUNITY", true, false);
        seeds.registration(elsewhere.getId(), "Мила", "mila-" + tag + "@example.bg", "NGO", true, false);
        // present at an event that is not published: not held as the indicators count, so not a participant
        seeds.registration(draft.getId(), "Дора", "dora-" + tag + "@example.bg", "MEDIA", true, false);
        seeds.material(p, PublicityKind.HANDBOOK, 250);
        seeds.material(p, PublicityKind.HANDBOOK, 250);
        seeds.material(p, PublicityKind.BROCHURE, 200);
        seeds.material(other, PublicityKind.HANDBOOK, 999);

        Map<String, Integer> figures = achieved(p);
        assertEquals(Map.of("Семинари", 1, "events", 3, "seminars", 2, "participants", 3, "ngo", 1, "media", 0,
                "copies", 700, "handbooks", 500), figures);

        seeds.markAttendance(vera.getId(), true);
        assertEquals(4, achieved(p).get("participants"));
        assertEquals(2, achieved(p).get("ngo"));
        seeds.markAttendance(boris.getId(), false);
        assertEquals(3, achieved(p).get("participants"));
        assertEquals(2, achieved(p).get("ngo"));
        assertEquals(1, achieved(p).get("Семинари"), "an entered indicator is not counted");
    }

    /** An erased person is still one participant: their registrations keep a shared reference when the e-mail goes. */
    @Test
    void erasingAParticipantKeepsTheProjectsCountsOfParticipants() {
        Project p = project();
        counted(p, "participants", IndicatorMeasure.PARTICIPANTS, null);
        counted(p, "ngo", IndicatorMeasure.PARTICIPANTS_IN_TARGET_GROUP, "NGO");
        Event first = seeds.event(p, EventKind.SEMINAR, -72, true);
        Event second = seeds.event(p, EventKind.SEMINAR, -24, true);
        String tag = TestData.unique("er");
        String anna = "anna-" + tag + "@example.bg";
        seeds.registration(first.getId(), "Анна", anna, "NGO", true, false);
        seeds.registration(second.getId(), "Анна", anna, "NGO", true, false);
        seeds.registration(second.getId(), "Борис", "boris-" + tag + "@example.bg", "NGO", true, false);
        assertEquals(2, achieved(p).get("participants"));
        assertEquals(2, achieved(p).get("ngo"));

        assertEquals(2, admin.call(() -> personalData.erase(anna)), "both of Anna's registrations erased");
        assertEquals(2, achieved(p).get("participants"), "Anna and Boris, after Anna's erasure as before");
        assertEquals(2, achieved(p).get("ngo"));
    }

    @Test
    void theSourceOfEachIndicatorIsKeptAndAnEnteredOneKeepsItsFigure() {
        Project p = project();
        counted(p, "participants", IndicatorMeasure.PARTICIPANTS, null);
        Project read = projects.get(p.getId());
        Indicator entered = read.getIndicators().get(0);
        Indicator participants = read.getIndicators().get(1);
        assertEquals(IndicatorSource.ENTERED, entered.getSource());
        assertNull(entered.getMeasure());
        assertEquals(IndicatorSource.COUNTED, participants.getSource());
        assertEquals(IndicatorMeasure.PARTICIPANTS, participants.getMeasure());
        assertEquals(0, participants.getAchieved());

        // staff switch the entered one to counted and back: the entered figure is what they enter again
        entered.count(IndicatorMeasure.EVENTS_HELD, null);
        Indicator switched = admin.call(() -> projects.updateIndicator(entered));
        assertEquals(IndicatorSource.COUNTED, projects.get(p.getId()).getIndicators().get(0).getSource());
        switched.enter(3);
        admin.call(() -> projects.updateIndicator(switched));
        Indicator back = projects.get(p.getId()).getIndicators().get(0);
        assertEquals(IndicatorSource.ENTERED, back.getSource());
        assertEquals(3, back.getAchieved());
    }

    @Test
    void aCountedIndicatorNeedsAMeasureItsRequiredParameterAndAKnownOne() {
        Project p = project();
        assertCausedBy(ConstraintViolationException.class, () -> counted(p, "x", IndicatorMeasure.PARTICIPANTS_IN_TARGET_GROUP, null));
        assertCausedBy(ConstraintViolationException.class, () -> counted(p, "x", IndicatorMeasure.EVENTS_HELD, "PICNIC"));
        assertCausedBy(ConstraintViolationException.class, () -> counted(p, "x", IndicatorMeasure.COPIES_PRINTED, "SEMINAR"));
        assertEquals("validation.targetGroupUnknown",
                assertFails(ConflictException.class, () -> counted(p, "x", IndicatorMeasure.PARTICIPANTS_IN_TARGET_GROUP, "ALIENS")).reason());
        assertEquals(1, projects.get(p.getId()).getIndicators().size(), "nothing was added");
        // a parameter where the measure takes none is dropped, not stored
        assertNull(counted(p, "y", IndicatorMeasure.PARTICIPANTS, "NGO").getMeasureParameter());
    }
}
