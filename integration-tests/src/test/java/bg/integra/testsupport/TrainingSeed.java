package bg.integra.testsupport;

import bg.integra.organisation.Organisation;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseTopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.util.List;

/**
 * POST /test-support/training: an organisation's published open course (texts in bg, en and ar, two modules of two
 * lessons), a published course joined by key, a draft course, a learner enrolled in the open course and an account
 * that is not; answers the tag, slugs, ids, the open course's lesson ids in order, the key, the accounts' ids and
 * the other account's e-mail and password (to sign in through the portal's page), and a trainer of the courses'
 * organisation with their password.
 * Every title carries the tag.
 */
@ApplicationScoped
public class TrainingSeed implements Seed {

    /** The password of the seeded trainer, a back-office account of the courses' organisation. */
    public static final String STAFF_PASSWORD = "training-test-password";

    @Inject
    private TestData data;

    @Inject
    private TrainingSeeds seeds;

    @Inject
    private ForumSeeds accounts;

    @Override
    public String path() {
        return "training";
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("trn").toLowerCase();
        Organisation organisation = data.organisation("Обучаваща организация " + tag);
        Course open = seeds.course(organisation, tag, CourseAudience.IMMIGRANTS, CourseTopic.SETTLING_IN,
                List.of("bg", "en", "ar"), 2, 2, null, true);
        String key = "key-" + tag;
        Course keyed = seeds.course(organisation, tag + "-key", CourseAudience.PROFESSIONALS, CourseTopic.DIALOGUE,
                List.of("bg", "en"), 1, 1, key, true);
        Course draft = seeds.course(organisation, tag + "-draft", CourseAudience.PROFESSIONALS, CourseTopic.PRACTICE,
                List.of("bg"), 1, 1, null, false);
        PortalAccount learner = accounts.account("l-" + tag, "Обучаем " + tag, "bg", 1, true);
        PortalAccount other = accounts.account("o-" + tag, "Друг " + tag, "bg", 1, true);
        seeds.enrol(open.getId(), learner.getId());
        String trainer = "trainer-" + tag;
        data.account(trainer, bg.integra.account.Role.TRAINER, organisation, STAFF_PASSWORD);
        JsonArrayBuilder lessons = Json.createArrayBuilder();
        seeds.lessons(open.getId()).forEach(lessons::add);
        return Json.createObjectBuilder()
                .add("tag", tag)
                .add("organisationId", organisation.getId())
                .add("slug", open.getSlug()).add("courseId", open.getId())
                .add("keySlug", keyed.getSlug()).add("keyCourseId", keyed.getId()).add("key", key)
                .add("draftSlug", draft.getSlug()).add("draftId", draft.getId())
                .add("lessons", lessons)
                .add("learnerId", learner.getId()).add("otherId", other.getId())
                .add("otherEmail", other.getEmail()).add("password", ForumSeeds.PASSWORD)
                .add("trainer", trainer).add("staffPassword", STAFF_PASSWORD)
                .build();
    }
}
