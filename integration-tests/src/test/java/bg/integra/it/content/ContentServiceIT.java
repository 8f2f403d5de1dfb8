package bg.integra.it.content;

import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.content.ContentService;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import bg.integra.content.PublicationStatus;
import bg.integra.event.Event;
import bg.integra.media.StoredFile;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import bg.integra.news.NewsService;
import bg.integra.project.EventKind;
import bg.integra.registration.Registrant;
import bg.integra.registration.RegistrationService;
import bg.integra.testsupport.ContentSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ContentService inside the server: sanitising, addresses, the publication life and the version check. */
@ExtendWith(ArquillianExtension.class)
class ContentServiceIT {

    @Inject
    ContentService content;

    @Inject
    NewsService news;

    @Inject
    ContentSeeds seeds;

    @Inject
    RegistrationService registrations;

    @Inject
    AsAdministrator admin;

    @jakarta.persistence.PersistenceContext(unitName = "integra")
    jakarta.persistence.EntityManager em;

    private static Article draft(String title, String body) {
        return new Article(ArticleKind.NEWS, new ContentText(title, null, body));
    }

    @Test
    void aBodyIsSanitisedWhateverSentIt() {
        String tag = TestData.unique("s");
        Article created = admin.call(() -> content.create(draft("Новина " + tag,
                "<p onclick=\"steal()\">Текст<script>alert(1)</script></p><a href=\"javascript:x()\">връзка</a>")));
        String body = admin.call(() -> content.get(Article.class, created.getId())).text("bg").getBody();
        assertFalse(body.contains("script"), body);
        assertFalse(body.contains("onclick"), body);
        assertFalse(body.contains("javascript"), body);
        assertTrue(body.startsWith("<p>Текст</p>"), body);
    }

    @Test
    void aTakenAddressGetsANumberOnCreateAndIsRefusedOnEdit() {
        String title = "Семинар " + TestData.unique("a");
        Article first = admin.call(() -> content.create(draft(title, null)));
        Article second = admin.call(() -> content.create(draft(title, null)));
        assertEquals(first.getSlug() + "-2", second.getSlug());

        Article edited = admin.call(() -> content.get(Article.class, second.getId()));
        edited.setSlug(first.getSlug());
        ConflictException e = assertFails(ConflictException.class, () -> admin.call(() -> content.update(edited)));
        assertEquals("conflict.slugTaken", e.reason());
    }

    @Test
    void onlyPublishedContentIsPublicAndUnpublishingKeepsTheDate() {
        String tag = TestData.unique("p");
        Article created = admin.call(() -> content.create(draft("Новина " + tag, "<p>Текст</p>")));
        assertFails(NotFoundException.class, () -> news.article(created.getSlug()));

        Content published = admin.call(() -> content.publish(created.getId(), created.getVersion()));
        assertEquals(PublicationStatus.PUBLISHED, published.getStatus());
        assertNotNull(published.getPublishedAt());
        assertEquals("Новина " + tag, news.article(created.getSlug()).text("en").getTitle(), "English falls back to Bulgarian");

        Content unpublished = admin.call(() -> content.unpublish(published.getId(), published.getVersion()));
        assertEquals(PublicationStatus.UNPUBLISHED, unpublished.getStatus());
        assertEquals(published.getPublishedAt(), unpublished.getPublishedAt());
        assertFails(NotFoundException.class, () -> news.article(created.getSlug()));
    }

    @Test
    void aSaveOverSomeoneElsesIsRefused() {
        Article created = admin.call(() -> content.create(draft("Новина " + TestData.unique("v"), null)));
        Article mine = admin.call(() -> content.get(Article.class, created.getId()));
        Article theirs = admin.call(() -> content.get(Article.class, created.getId()));
        theirs.setText("en", new ContentText("Their title", null, null));
        admin.call(() -> content.update(theirs));
        mine.setText("en", new ContentText("My title", null, null));
        ConflictException e = assertFails(ConflictException.class, () -> admin.call(() -> content.update(mine)));
        assertEquals(ConflictException.STALE, e.reason());
        assertEquals("Their title", admin.call(() -> content.get(Article.class, created.getId())).text("en").getTitle());
    }

    @Test
    void theFirstPictureIsTheCoverAndAnotherCanTakeItsPlace() {
        Article created = admin.call(() -> content.create(draft("Новина " + TestData.unique("g"), null)));
        StoredFile one = seeds.picture("one", 300, 200);
        StoredFile two = seeds.picture("two", 300, 200);
        var first = admin.call(() -> content.addImage(created.getId(), created.getVersion(), one.getId(), "Първа", null));
        long version = admin.call(() -> content.get(Article.class, created.getId())).getVersion();
        var second = admin.call(() -> content.addImage(created.getId(), version, two.getId(), "Втора", "Надпис"));
        assertEquals(first.getId(), admin.call(() -> content.get(Article.class, created.getId())).getCover().getId());

        admin.run(() -> content.makeCover(second.getId()));
        admin.run(() -> content.describeImage(second.getId(), "en", "Second", "Caption"));
        Article reread = admin.call(() -> content.get(Article.class, created.getId()));
        assertEquals(second.getId(), reread.getCover().getId());
        assertEquals("Second", reread.getCover().text("en").getAlt());
        assertEquals("Първа", reread.getGallery().get(1).text("en").getAlt(), "no English alt: Bulgarian");

        admin.run(() -> content.removeImage(second.getId()));
        assertEquals(first.getId(), admin.call(() -> content.get(Article.class, created.getId())).getCover().getId());
    }

    /** Read back from the database, not from the shared cache: every kind with all its translations (a regression:
     * batch fetching of the texts across the kinds of the JOINED hierarchy once gave empty maps). */
    @Test
    void everyKindReadFromTheDatabaseHasAllItsTexts() {
        String tag = TestData.unique("d");
        var article = seeds.article(tag, null, true);
        var event = seeds.event(tag, null, java.time.LocalDateTime.now().plusDays(1).withNano(0),
                bg.integra.common.Region.SOFIA_CITY, bg.integra.project.EventKind.TRAINING);
        var info = seeds.info(tag, bg.integra.info.Topic.HEALTH);
        em.getEntityManagerFactory().getCache().evictAll();
        var page = admin.call(() -> content.list(null, PublicationStatus.PUBLISHED, tag, new PageRequest(0, 10)));
        assertEquals(3, page.totalItems());
        for (Content c : page.items()) {
            assertTrue(c.getLanguages().containsAll(java.util.List.of("bg", "en")), c + " " + c.getLanguages());
            assertNotNull(c.text("en").getTitle());
        }
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals("Новина " + tag, news.article(article.getSlug()).text("bg").getTitle());
        assertEquals(java.util.List.of("bg", "en", "ar"), admin.call(() -> content.get(bg.integra.info.InfoArticle.class, info.getId())).getLanguages());
        assertEquals("Работа в групи " + tag, admin.call(() -> content.get(bg.integra.event.Event.class, event.getId())).getCover().text("bg").getAlt());
    }

    @Test
    void anAnonymousCallerChangesNothing() {
        Article created = admin.call(() -> content.create(draft("Новина " + TestData.unique("r"), null)));
        assertRefused(() -> content.publish(created.getId(), created.getVersion()));
        assertRefused(() -> content.create(draft("Друга", null)));
        assertRefused(() -> content.list(ContentType.NEWS, null, null, new PageRequest(0, 10)));
    }

    @Test
    void anEventPeopleRegisteredForIsNotDeletedButCanBeUnpublished() {
        String tag = TestData.unique("r");
        Event event = admin.call(() -> content.create(new Event(EventKind.SEMINAR,
                new ContentText("Семинар " + tag, null, null), java.time.LocalDateTime.now(Content.ZONE).plusDays(10),
                "Хасково", Region.HASKOVO)));
        Content published = admin.call(() -> content.publish(event.getId(), event.getVersion()));
        registrations.register(event.getId(), new Registrant("Мария Петрова", null, null, "NGO",
                tag + "@example.org", null, "bg"), true, RegistrationService.CONSENT_VERSION);

        ConflictException refused = assertFails(ConflictException.class,
                () -> admin.run(() -> content.delete(published.getId(), published.getVersion())));
        assertEquals("conflict.eventHasRegistrations", refused.reason());
        Content unpublished = admin.call(() -> content.unpublish(published.getId(), published.getVersion()));
        assertEquals(PublicationStatus.UNPUBLISHED, unpublished.getStatus());
    }
}
