package bg.integra.it.training;

import bg.integra.account.Role;
import bg.integra.common.ConflictException;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.RuleRefusedException;
import bg.integra.organisation.Organisation;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.testsupport.AttendanceSeeds;
import bg.integra.testsupport.ForumSeeds;
import bg.integra.testsupport.PersonalDataSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.TrainingSeeds;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.AsModerator;
import bg.integra.testsupport.runas.AsTrainer;
import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseDraft;
import bg.integra.training.CourseEditing;
import bg.integra.training.CourseQuery;
import bg.integra.training.CourseText;
import bg.integra.training.CourseTopic;
import bg.integra.training.Enrolment;
import bg.integra.training.EnrolmentMode;
import bg.integra.training.Learners;
import bg.integra.training.Learning;
import bg.integra.training.Lesson;
import bg.integra.training.LessonText;
import bg.integra.training.OutlineEditing;
import bg.integra.training.Progress;
import bg.integra.training.TrainingCatalogue;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The training's services inside the server, on data each test seeds: the catalogue's filters and paging, enrolment
 * (open, by key, a wrong key), lesson views recorded once even at once, "continue", completion recorded once, and
 * the trainers' writing with its roles, organisation rule, versions and audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingServicesIT {

    @Inject TrainingCatalogue catalogue;
    @Inject Learning learning;
    @Inject CourseEditing editing;
    @Inject OutlineEditing outline;
    @Inject Learners learners;
    @Inject TrainingSeeds seeds;
    @Inject ForumSeeds accounts;
    @Inject TestData data;
    @Inject AttendanceSeeds organisations;
    @Inject PersonalDataSeeds audit;
    @Inject AsTrainer trainer;
    @Inject AsAdministrator admin;
    @Inject AsModerator moderator;
    @Inject bg.integra.portalaccount.PortalAccountService portalAccounts;

    private Course course(String tag, List<String> languages, String key, boolean published) {
        return seeds.course(data.organisation("Орг " + tag), tag, CourseAudience.PROFESSIONALS, CourseTopic.PRACTICE,
                languages, 2, 2, key, published);
    }

    private PortalAccount learner(String tag) {
        return accounts.account("l-" + tag, "Обучаем " + tag, "bg", 1, true);
    }

    @Test
    void theCatalogueFiltersByAudienceLanguageAndTopicAndPagesInTheDatabase() {
        String tag = TestData.unique("cat").toLowerCase();
        Course turkish = course(tag + "-a", List.of("bg", "en", "tr"), null, true);
        Course secondTurkish = course(tag + "-b", List.of("bg", "tr"), null, true);
        Course notTurkish = course(tag + "-c", List.of("bg", "en"), null, true);
        Course draft = course(tag + "-d", List.of("bg", "tr"), null, false);

        List<String> inTurkish = all(new CourseQuery(CourseAudience.PROFESSIONALS, "tr", CourseTopic.PRACTICE));
        assertTrue(inTurkish.containsAll(List.of(turkish.getSlug(), secondTurkish.getSlug())), inTurkish.toString());
        assertFalse(inTurkish.contains(notTurkish.getSlug()));
        assertFalse(inTurkish.contains(draft.getSlug()), "a draft is not in the catalogue");
        assertEquals(inTurkish.stream().sorted().toList(), inTurkish, "in the order of the addresses");
        assertEquals(inTurkish.size(), inTurkish.stream().distinct().count(), "no course on two pages");

        assertFalse(all(new CourseQuery(CourseAudience.IMMIGRANTS, "tr", null)).contains(turkish.getSlug()));
        assertFalse(all(new CourseQuery(null, "tr", CourseTopic.DIALOGUE)).contains(turkish.getSlug()));
        assertTrue(all(new CourseQuery(null, "en", null)).contains(notTurkish.getSlug()));
        assertEquals(0, catalogue.catalogue(new CourseQuery(null, "de", null), new PageRequest(0, 5)).totalItems());
        assertEquals(List.of("bg", "en", "tr"), catalogue.published(turkish.getSlug()).getLanguages());
        assertFails(NotFoundException.class, () -> catalogue.published(draft.getSlug()));
        assertFails(NotFoundException.class, () -> catalogue.published(draft.getId()));
    }

    /** Every slug of the filtered catalogue, read a course a page. */
    private List<String> all(CourseQuery query) {
        List<String> slugs = new ArrayList<>();
        Page<Course> page = catalogue.catalogue(query, new PageRequest(0, 1));
        for (int p = 0; p < page.totalPages(); p++) {
            Page<Course> one = catalogue.catalogue(query, new PageRequest(p, 1));
            assertTrue(one.items().size() <= 1);
            one.items().forEach(c -> slugs.add(c.getSlug()));
        }
        assertEquals(page.totalItems(), slugs.size());
        return slugs;
    }

    @Test
    void anOpenCourseEnrolsOnceAKeyedOneOnlyWithItsKeyAndADraftNotAtAll() {
        String tag = TestData.unique("enr").toLowerCase();
        PortalAccount learner = learner(tag);
        Course open = course(tag + "-o", List.of("bg"), null, true);
        Course keyed = course(tag + "-k", List.of("bg"), "Тайна-" + tag, true);
        Course draft = course(tag + "-d", List.of("bg"), null, false);

        Enrolment first = learning.enrol(learner.getId(), open.getId(), null);
        assertEquals(first.getId(), learning.enrol(learner.getId(), open.getId(), "ignored").getId(), "enrolled once");

        InvalidInputException none = assertFails(InvalidInputException.class, () -> learning.enrol(learner.getId(), keyed.getId(), " "));
        assertEquals("required", none.fields().get("key").code().key());
        RuleRefusedException wrong = assertFails(RuleRefusedException.class, () -> learning.enrol(learner.getId(), keyed.getId(), "тайна-" + tag));
        assertEquals("key", wrong.field());
        assertEquals(Learning.WRONG_KEY, wrong.reason());
        assertTrue(learning.enrolment(learner.getId(), keyed.getId()).isEmpty(), "nothing stored");
        assertNotNull(learning.enrol(learner.getId(), keyed.getId(), " Тайна-" + tag + " ").getId());

        assertFails(NotFoundException.class, () -> learning.enrol(learner.getId(), draft.getId(), null));
        assertTrue(audit.auditRows("ENROLMENT", first.getId()).get(0).startsWith("portal:l-" + tag + " CREATE"));
    }

    @Test
    void aLessonViewedTwiceOrTenTimesAtOnceIsOneViewAndContinueIsTheFirstNotViewed() throws Exception {
        String tag = TestData.unique("view").toLowerCase();
        PortalAccount learner = learner(tag);
        Course course = course(tag, List.of("bg"), null, true);
        List<Long> lessons = seeds.lessons(course.getId());
        long enrolment = learning.enrol(learner.getId(), course.getId(), null).getId();
        assertEquals(lessons.get(0), learning.progress(learner.getId(), course.getId()).orElseThrow().next());

        learning.view(learner.getId(), lessons.get(0));
        learning.view(learner.getId(), lessons.get(0));
        assertEquals(1, seeds.views(enrolment));

        List<Progress> results = atOnce(10, i -> () -> learning.view(learner.getId(), lessons.get(2)));
        assertEquals(2, seeds.views(enrolment), "ten views at once of one lesson are one row");
        results.forEach(p -> assertEquals(2, p.viewedCount()));

        Progress progress = learning.progress(learner.getId(), course.getId()).orElseThrow();
        assertEquals(lessons.get(1), progress.next(), "continue where you stopped: the first lesson in order not viewed");
        assertEquals(4, progress.total());
        assertFalse(progress.isCompleted());

        PortalAccount stranger = learner(tag + "x");
        assertFails(NotFoundException.class, () -> learning.view(stranger.getId(), lessons.get(0)));
        assertTrue(learning.progress(stranger.getId(), course.getId()).isEmpty());
    }

    @Test
    void viewingTheLastLessonsAtOnceCompletesTheCourseOnce() throws Exception {
        String tag = TestData.unique("done").toLowerCase();
        PortalAccount learner = learner(tag);
        Course course = course(tag, List.of("bg"), null, true);
        List<Long> lessons = seeds.lessons(course.getId());
        long enrolment = learning.enrol(learner.getId(), course.getId(), null).getId();
        learning.view(learner.getId(), lessons.get(0));
        assertNull(seeds.enrolment(enrolment).getCompletedAt());

        List<Progress> results = atOnce(12, i -> () -> learning.view(learner.getId(), lessons.get(1 + i % 3)));
        assertEquals(4, seeds.views(enrolment));
        var completedAt = seeds.enrolment(enrolment).getCompletedAt();
        assertNotNull(completedAt, "every lesson viewed: completed");
        assertTrue(results.stream().anyMatch(Progress::isCompleted));

        learning.view(learner.getId(), lessons.get(0));
        assertEquals(completedAt, seeds.enrolment(enrolment).getCompletedAt(), "recorded once, never moved");
        Learners.Line line = admin.call(() -> learners.enrolments(course.getId(), new PageRequest(0, 10))).items().get(0);
        assertEquals(4, line.viewed());
        assertEquals(4, line.lessons());
        assertEquals(completedAt, line.completedAt());
    }

    private static <T> List<T> atOnce(int calls, java.util.function.IntFunction<Callable<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                Callable<T> work = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTrainersAndAdministratorsWriteCoursesATrainerHisOrganisationsOnlyEachWriteAudited() {
        String tag = TestData.unique("tr").toLowerCase();
        Organisation own = organisations.organisationOf(AsTrainer.USERNAME, Role.TRAINER);
        CourseDraft draft = new CourseDraft(tag, CourseAudience.IMMIGRANTS, CourseTopic.SETTLING_IN, 2, EnrolmentMode.KEY,
                "ключ-" + tag, null, null, Map.of("bg", new CourseText("Курс " + tag, null, null)));

        assertRefused(() -> editing.create(draft));
        assertRefused(() -> moderator.call(() -> editing.create(draft)));
        assertRefused(() -> moderator.call(() -> outline.addModule(1L, 0L, Map.of("bg", "Не"))));

        Course created = trainer.call(() -> editing.create(draft));
        assertEquals(own.getId(), created.getOrganisation().getId(), "a trainer's course is their organisation's");
        assertTrue(created.isByKey());
        RuleRefusedException empty = assertFails(RuleRefusedException.class, () -> trainer.call(() -> editing.publish(created.getId(), created.getVersion())));
        assertEquals(CourseEditing.NO_LESSONS, empty.reason());

        var module = trainer.call(() -> outline.addModule(created.getId(), created.getVersion(), Map.of("bg", "Модул " + tag)));
        Lesson lesson = trainer.call(() -> outline.addLesson(module.getId(), module.getVersion(),
                Map.of("bg", new LessonText("Урок " + tag, "<p>Текст</p><script>alert(1)</script>")), null));
        assertEquals("<p>Текст</p>", lesson.text("bg").getBody(), "the body passed the sanitiser");
        Course current = trainer.call(() -> editing.get(created.getId()));
        Course published = trainer.call(() -> editing.publish(current.getId(), current.getVersion()));
        assertTrue(published.isPublished());
        assertFails(ConflictException.class, () -> trainer.call(() -> editing.update(created.getId(), created.getVersion(), draft)));

        Course others = course(tag + "-other", List.of("bg"), null, true);
        assertFails(NotFoundException.class, () -> trainer.call(() -> editing.get(others.getId())));
        assertFails(NotFoundException.class, () -> trainer.call(() -> editing.unpublish(others.getId(), others.getVersion())));
        assertTrue(admin.call(() -> editing.get(others.getId())).isPublished(), "an administrator edits any course");

        List<String> rows = audit.auditRows("COURSE", created.getId());
        assertTrue(rows.get(0).startsWith(AsTrainer.USERNAME + " CREATE"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(AsTrainer.USERNAME + " PUBLISH")), rows.toString());
        assertFalse(String.join(" ", rows).contains("ключ-" + tag), "the key itself is never in the trail");
        assertTrue(audit.auditRows("LESSON", lesson.getId()).get(0).startsWith(AsTrainer.USERNAME + " CREATE"));
        assertTrue(audit.auditRows("COURSE_MODULE", module.getId()).get(0).startsWith(AsTrainer.USERNAME + " CREATE"));
    }

    @Test
    void aLearnersExportHoldsTheirCoursesAndDeletingTheAccountDeletesThem() {
        String tag = TestData.unique("gdpr").toLowerCase();
        Course course = course(tag, List.of("bg"), null, true);
        PortalAccount learner = learner(tag);
        long enrolment = learning.enrol(learner.getId(), course.getId(), null).getId();
        learning.view(learner.getId(), seeds.lessons(course.getId()).get(0));
        String export = portalAccounts.export(learner.getId()).replaceAll("\\s", "");
        assertTrue(export.contains("\"courseSlug\":\"" + course.getSlug() + "\"") && export.contains("\"lessonsViewed\":1"), export);

        portalAccounts.delete(learner.getId(), ForumSeeds.PASSWORD);
        assertTrue(learning.enrolment(learner.getId(), course.getId()).isEmpty());
        assertEquals(0, seeds.views(enrolment));
    }

    @Test
    void lessonsMoveWithinTheirModuleAndADeletedLessonTakesItsViews() {
        String tag = TestData.unique("mv").toLowerCase();
        Course course = course(tag, List.of("bg"), null, true);
        PortalAccount learner = learner(tag);
        long enrolment = learning.enrol(learner.getId(), course.getId(), null).getId();
        List<Long> before = seeds.lessons(course.getId());
        learning.view(learner.getId(), before.get(1));
        Lesson second = admin.call(() -> editing.lesson(before.get(1)));
        admin.run(() -> outline.moveLesson(second.getId(), second.getVersion(), -1));
        assertEquals(List.of(before.get(1), before.get(0), before.get(2), before.get(3)), seeds.lessons(course.getId()));
        assertTrue(audit.auditRows("LESSON", before.get(0)).stream().anyMatch(r -> r.startsWith("admin UPDATE") && r.contains("position")),
                "the lesson moved down by the other's move is in the trail too");
        assertFails(ConflictException.class, () -> admin.run(() -> outline.moveLesson(second.getId(), second.getVersion(), 1)));

        Lesson moved = admin.call(() -> editing.lesson(before.get(1)));
        admin.run(() -> outline.deleteLesson(moved.getId(), moved.getVersion()));
        assertEquals(List.of(before.get(0), before.get(2), before.get(3)), seeds.lessons(course.getId()));
        assertEquals(0, seeds.views(enrolment));
    }
}
