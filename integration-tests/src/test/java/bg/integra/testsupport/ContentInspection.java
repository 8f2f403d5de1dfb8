package bg.integra.testsupport;

import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.media.StoredFile;
import bg.integra.news.Article;
import bg.integra.resource.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** What the database holds about one piece of content, read directly, for tests that act through the pages. */
@ApplicationScoped
@Transactional
public class ContentInspection {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    public long storedFiles() {
        return em.createQuery("SELECT COUNT(f) FROM StoredFile f", Long.class).getSingleResult();
    }

    /** The content with this Bulgarian title, or null; the newest when there are several. */
    public JsonObject byTitle(String titleBg) {
        var found = em.createQuery("SELECT c FROM Content c JOIN c.texts t WHERE KEY(t) = 'bg' AND t.title = :title ORDER BY c.id DESC",
                Content.class).setParameter("title", titleBg).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : describe(found.get(0));
    }

    public JsonObject byId(long id) {
        Content c = em.find(Content.class, id);
        return c == null ? null : describe(c);
    }

    private JsonObject describe(Content c) {
        em.refresh(c);
        JsonObjectBuilder texts = Json.createObjectBuilder();
        c.getTexts().forEach((lang, t) -> texts.add(lang, text(t)));
        StoredFile attachment = c instanceof Article a ? a.getAttachment() : c instanceof Resource r ? r.getFile() : null;
        return Json.createObjectBuilder()
                .add("id", c.getId())
                .add("type", c.getType().name())
                .add("slug", c.getSlug())
                .add("status", c.getStatus().name())
                .add("version", c.getVersion())
                .add("project", c.getProject() == null ? 0 : c.getProject().getId())
                .add("gallery", c.getGallery().size())
                .add("cover", c.getCover() == null ? 0 : c.getCover().getFile().getId())
                .add("attachment", attachment == null ? 0 : attachment.getId())
                .add("texts", texts)
                .build();
    }

    private static JsonObject text(ContentText t) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("title", t.getTitle());
        if (t.getSummary() != null) b.add("summary", t.getSummary());
        if (t.getBody() != null) b.add("body", t.getBody());
        return b.build();
    }
}
