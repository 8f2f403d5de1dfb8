package bg.integra.demo;

import bg.integra.content.ContentText;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.resource.Resource;
import bg.integra.resource.ResourceKind;
import bg.integra.training.Certificate;
import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseModule;
import bg.integra.training.Enrolment;
import bg.integra.training.Lesson;
import bg.integra.training.LessonView;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo training as DemoData stores it: four published courses, every language with every module and lesson. */
class DemoCoursesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 12, 0);

    private final DemoProjects projects = DemoProjects.create();
    private final List<Resource> handbooks = List.of(handbook("1"), handbook("2"), handbook("3"));
    private final List<Course> courses = DemoCourses.create(projects.maritsa(), projects.platform(), handbooks);

    private static Resource handbook(String title) {
        return new Resource(ResourceKind.HANDBOOK, new ContentText("Handbook " + title, null, null));
    }

    @Test
    void threeCoursesForStaffInBulgarianAndEnglishAndOneForImmigrantsInFourLanguages() {
        assertEquals(4, courses.size());
        for (Course c : courses) {
            assertTrue(c.isPublished(), c.getSlug());
            List<String> expected = c.getAudience() == CourseAudience.IMMIGRANTS ? List.of("bg", "en", "ar", "uk") : List.of("bg", "en");
            assertEquals(expected, c.getLanguages(), c.getSlug());
            assertTrue(c.getModules().size() >= 2 && c.getModules().size() <= 3, c.getSlug());
            for (CourseModule m : c.getModules()) {
                expected.forEach(lang -> assertEquals(lang, m.titleLanguage(lang), c.getSlug() + " module " + m.getPosition()));
                assertFalse(m.getLessons().isEmpty());
                for (Lesson l : m.getLessons()) {
                    expected.forEach(lang -> {
                        assertEquals(lang, l.textLanguage(lang), c.getSlug() + " lesson " + l.getPosition());
                        assertTrue(l.text(lang).getBody().startsWith("<p>"), c.getSlug() + " " + lang);
                    });
                }
            }
            assertNotNull(c.text("bg").getCertificateText());
        }
    }

    @Test
    void thePracticumOpensOnlyWithItsKeyAndTheStaffCoursesPointToTheirHandbooks() {
        Course practicum = courses.get(2);
        assertTrue(practicum.isByKey());
        assertFalse(practicum.opensWith("wrong"));
        assertTrue(practicum.opensWith(" " + DemoCourses.PRACTICUM_KEY + " "));
        assertTrue(courses.get(0).opensWith(null));
        assertSame(handbooks.get(0), courses.get(0).getModules().get(0).getLessons().get(0).getHandbook());
        assertNull(courses.get(0).getModules().get(0).getLessons().get(1).getHandbook());
        assertSame(handbooks.get(2), practicum.lessonsInOrder().get(0).getHandbook());
    }

    @Test
    void oneLearnerHalfWayAndOneWhoCompleted() {
        AtomicInteger keys = new AtomicInteger();
        List<PortalAccount> accounts = DemoForum.create(NOW, "hash", () -> "key-" + keys.incrementAndGet()).accounts();
        List<Object> rows = DemoCourses.learners(accounts, courses, NOW);
        List<Enrolment> enrolments = rows.stream().filter(Enrolment.class::isInstance).map(Enrolment.class::cast).toList();
        assertEquals(2, enrolments.size());
        assertFalse(enrolments.get(0).isCompleted());
        assertTrue(enrolments.get(1).isCompleted());
        assertEquals(3, rows.stream().filter(r -> r instanceof LessonView v && v.getEnrolment() == enrolments.get(0)).count());
        List<Certificate> certificates = rows.stream().filter(Certificate.class::isInstance).map(Certificate.class::cast).toList();
        assertEquals(1, certificates.size(), "only the completed course has a certificate");
        assertSame(enrolments.get(1), certificates.get(0).getEnrolment());
        assertEquals(DemoCourses.DEMO_CERTIFICATE, certificates.get(0).getCode());
        assertEquals(enrolments.get(1).getAccount().getDisplayName(), certificates.get(0).getLearnerName());
        assertEquals(enrolments.get(1).getCourse().getHours(), certificates.get(0).getHours());
    }
}
