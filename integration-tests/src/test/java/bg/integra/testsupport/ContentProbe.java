package bg.integra.testsupport;

import bg.integra.common.NotFoundException;
import bg.integra.news.NewsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * GET /test-support/inspect-content?title=…|id=…: the content as stored (status, version, texts, gallery,
 * attachment; {@link ContentInspection}), whether the public news service finds it by its address, and the number
 * of stored files.
 */
@ApplicationScoped
public class ContentProbe implements Seed {

    @Inject
    private ContentInspection inspection;

    @Inject
    private NewsService news;

    @Override
    public String path() {
        return "inspect-content";
    }

    @Override
    public JsonObject get(Params params) {
        String title = params.optional("title");
        JsonObject content = params.has("id") ? inspection.byId(params.number("id")) : title != null ? inspection.byTitle(title) : null;
        JsonObjectBuilder answer = Json.createObjectBuilder().add("storedFiles", inspection.storedFiles());
        if (content != null) {
            answer.add("content", content);
            if ("NEWS".equals(content.getString("type"))) answer.add("publicNews", isPublic(content.getString("slug")));
        }
        return answer.build();
    }

    private boolean isPublic(String slug) {
        try {
            news.article(slug);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
