package bg.integra.demo;

import bg.integra.registration.Registrant;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seminars' people: distinct, valid as registrants, from several target groups, 140 of them present. */
class DemoParticipantsTest {

    @Test
    void peopleAreDistinctValidAndFromSeveralTargetGroups() {
        List<DemoParticipants.Person> people = DemoParticipants.people(146);
        Set<String> emails = people.stream().map(p -> p.registrant().email()).collect(Collectors.toSet());
        assertEquals(146, emails.size());
        for (DemoParticipants.Person p : people) {
            Registrant r = p.registrant();
            assertTrue(r.problems().isEmpty(), r + ": " + r.problems());
            assertEquals(r, r.normalised(), "stored as the service would store it");
        }
        assertTrue(people.stream().map(p -> p.registrant().targetGroup()).distinct().count() >= 5);
        assertEquals(people, DemoParticipants.people(146), "the same people on every installation");
    }

    @Test
    void fourSeminarsHold140DistinctPeopleWithSomeComingTwice() {
        List<DemoParticipants.Person> people = DemoParticipants.people(140);
        List<List<DemoParticipants.Person>> present = DemoParticipants.present(people, 4);
        assertEquals(4, present.size());
        Set<DemoParticipants.Person> distinct = new HashSet<>();
        int places = 0;
        for (List<DemoParticipants.Person> seminar : present) {
            assertEquals(seminar.size(), new HashSet<>(seminar).size(), "nobody twice at one seminar");
            distinct.addAll(seminar);
            places += seminar.size();
        }
        assertEquals(140, distinct.size());
        assertEquals(150, places);
    }
}
