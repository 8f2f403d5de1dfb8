package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.info.Topic;
import bg.integra.organisation.Organisation;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDateTime;

/**
 * POST /test-support/content: a project with one published item of every kind (a news article with a cover
 * picture, a media publication with a PDF scan, an upcoming and a past event with photos, a handbook with a PDF,
 * information in bg/en/ar) and a draft article; answers the tag, the slugs and the ids.
 */
@WebServlet("/test-support/content")
public class ContentSeedServlet extends HttpServlet {

    @Inject
    private TestData data;

    @Inject
    private ContentSeeds seeds;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder()
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
                .add("info", info.getSlug())
                .build().toString());
    }
}
