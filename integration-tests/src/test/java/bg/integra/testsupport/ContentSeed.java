package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.info.Topic;
import bg.integra.organisation.Organisation;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.LocalDateTime;

/**
 * POST /test-support/content: a project with one published item of every kind (a news article with a cover
 * picture, a media publication with a PDF scan, an upcoming and a past event with photos, a handbook with a PDF,
 * information in bg/en/ar) and a draft article, a member of the network's directory ({@link NetworkSeed});
 * answers the tag, the slugs and the ids, the member's under {@code network}; and a member's items of the knowledge base
 * ({@link KnowledgeSeed}), under {@code knowledge}; a forum category with a topic ({@link ForumSeed}, the same for every content seed of a run), under {@code forum}; courses
 * of the online training and their learners ({@link TrainingSeed}, likewise one a run), under {@code training}; and a
 * completed course's certificate ({@link CertificateSeed}, one a run), under {@code certificate}.
 */
@ApplicationScoped
public class ContentSeed implements Seed {

    @Inject
    private TestData data;

    @Inject
    private ContentSeeds seeds;

    @Inject
    private NetworkSeed network;

    @Inject
    private KnowledgeSeed knowledge;

    @Inject
    private ForumSeed forum;

    @Inject
    private TrainingSeed training;

    @Inject
    private CertificateSeed certificate;

    /**
     * One forum seed for every content seed of a run: each would add a category to /forum, whose list of categories
     * would then grow past the page's budget with the suite's dozens of content seeds.
     */
    private volatile JsonObject forumSeed;
    /** One training seed for every content seed of a run, for the same reason: the catalogue's pages. */
    private volatile JsonObject trainingSeed;
    /** One certificate for every content seed of a run: each adds a published course to the catalogue. */
    private volatile JsonObject certificateSeed;

    @Override
    public String path() {
        return "content";
    }

    private synchronized JsonObject training(Params params) {
        if (trainingSeed == null) trainingSeed = training.post(params);
        return trainingSeed;
    }

    private synchronized JsonObject certificate(Params params) {
        if (certificateSeed == null) certificateSeed = certificate.post(params);
        return certificateSeed;
    }

    private synchronized JsonObject forum(Params params) {
        if (forumSeed == null) forumSeed = forum.post(params);
        return forumSeed;
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("c");
        Organisation organisation = data.organisation("Организация " + tag);
        Project project = data.project(organisation, "Проект " + tag, "Project " + tag);
        var article = seeds.article(tag, project, true);
        var draft = seeds.article(tag + "-draft", project, false);
        var publication = seeds.mediaPublication(tag, project);
        var upcoming = seeds.event(tag, project, LocalDateTime.now().plusDays(30).withNano(0), Region.HASKOVO, EventKind.SEMINAR);
        var past = seeds.event(tag + "-past", project, LocalDateTime.of(2015, 6, 11, 10, 0), Region.SOFIA_CITY, EventKind.PRESS_CONFERENCE);
        var handbook = seeds.handbook(tag, project);
        var info = seeds.info(tag, Topic.RESIDENCE);
        return Json.createObjectBuilder()
                .add("tag", tag)
                .add("projectId", project.getId())
                .add("article", article.getSlug())
                .add("articleId", article.getId())
                .add("coverFileId", article.getCover().getFile().getId())
                .add("draft", draft.getSlug())
                .add("draftId", draft.getId())
                .add("publication", publication.getSlug())
                .add("upcomingEvent", upcoming.getSlug())
                .add("upcomingEventId", upcoming.getId())
                .add("pastEvent", past.getSlug())
                .add("pastEventId", past.getId())
                .add("resource", handbook.getSlug())
                .add("resourceFileId", handbook.getFile().getId())
                .add("resourceFilePath", handbook.getFile().getPath())
                .add("info", info.getSlug())
                .add("network", network.post(params))
                .add("knowledge", knowledge.post(params))
                .add("forum", forum(params))
                .add("training", training(params))
                .add("certificate", certificate(params))
                .build();
    }
}
