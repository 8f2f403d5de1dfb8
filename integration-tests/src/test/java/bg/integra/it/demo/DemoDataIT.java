package bg.integra.it.demo;

import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.content.Content;
import bg.integra.content.ContentService;
import bg.integra.content.GalleryImage;
import bg.integra.event.Event;
import bg.integra.event.EventQuery;
import bg.integra.event.EventService;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumService;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.TopicOrder;
import bg.integra.info.InfoArticle;
import bg.integra.info.InfoService;
import bg.integra.info.Topic;
import bg.integra.it.Indicators;
import bg.integra.media.MediaType;
import bg.integra.media.StoredFile;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import bg.integra.news.NewsService;
import bg.integra.project.EventKind;
import bg.integra.portalaccount.PortalAccountService;
import bg.integra.project.Project;
import bg.integra.resource.Resource;
import bg.integra.resource.ResourceKind;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo content that the first start of an empty database loads (the test domain starts with demo data on,
 * and the first deployment of a run meets an empty database): it is there, published through the public
 * services, and its generated files are served by {@code /media/{id}/{name}}. The DemoContentTest unit test
 * checks the content itself in detail; this one checks that it reached the database and the portal.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Inject
    ContentService content;
    @Inject
    NewsService news;
    @Inject
    EventService events;
    @Inject
    InfoService info;
    @Inject
    ForumService forum;
    @Inject
    PortalAccountService accounts;
    @Inject
    bg.integra.training.TrainingCatalogue training;
    @Inject
    bg.integra.training.Learning learning;
    @Inject
    HttpServletRequest request; // the request that runs the test, for the server's own address

    @PersistenceContext(unitName = "integra")
    EntityManager em;

    @Test
    void thePlatformProjectHasItsNewsPublicationsSeminarsAndHandbooks() throws Exception {
        List<Content> items = content.publishedForProject(project("BG EIF 2013/01-05.01").getId());
        List<Article> publications = of(items, Article.class).stream()
                .filter(a -> a.getKind() == ArticleKind.MEDIA_PUBLICATION).toList();
        assertEquals(4, publications.size(), "the four publications in a regional daily");
        for (Article publication : publications) {
            assertNotNull(publication.getNewspaper());
            assertNotNull(publication.getIssueDate());
            assertDownloadable(publication.getAttachment());
        }
        assertTrue(of(items, Article.class).size() >= 9, "news and publications");
        assertEquals(3, of(items, Event.class).size(), "two seminars and the practicum in June");

        List<Resource> handbooks = of(items, Resource.class).stream().filter(r -> r.getKind() == ResourceKind.HANDBOOK).toList();
        assertEquals(3, handbooks.size());
        assertEquals(750, handbooks.stream().mapToInt(Resource::getPrintRun).sum());
        for (Resource handbook : handbooks) {
            assertEquals(MediaType.PDF, handbook.getFile().getMediaType());
            byte[] pdf = assertDownloadable(handbook.getFile());
            String text = new String(pdf, StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("%PDF-") && text.strip().endsWith("%%EOF"), handbook.getSlug());
            assertTrue(text.contains("European Fund for the Integration of Third-Country"), "the funding statement");
        }
    }

    @Test
    void theCoordinationProjectHasItsFourPastSeminarsWithGalleries() throws Exception {
        long id = project("BG EIF 2013/01-05.02").getId();
        var seminars = events.events(new EventQuery(true, null, EventKind.SEMINAR, id), new PageRequest(0, 20));
        assertEquals(4, seminars.totalItems());
        assertEquals(4, seminars.items().size());
        for (Event seminar : seminars.items()) {
            assertTrue(seminar.text(Languages.ENGLISH).getBody().contains("<li>"), "an agenda in English");
            assertTrue(!seminar.getMethods().isEmpty());
            // the seminars carry out the project's activity 2, with a moderator, for the groups the source names
            assertEquals(2, seminar.getActivity().getNumber());
            assertEquals("Discussion seminars with institutions, organisations and communities", seminar.getActivity().title("en"));
            assertEquals(1, seminar.getTrainers().size());
            assertTrue(seminar.getTargetGroups().stream().anyMatch(g -> g.getCode().equals("IMMIGRANT_COMMUNITY")));
        }
        assertEquals(3, api(id).getJsonArray("activities").size(), "the project's three activities");
        Event withPhotos = seminars.items().stream().filter(e -> !e.getGallery().isEmpty()).findFirst().orElseThrow();
        GalleryImage photo = withPhotos.getCover();
        assertNotNull(photo.getTexts().get("en"), "alt text in English");
        byte[] jpeg = assertDownloadable(photo.getFile());
        assertNotNull(ImageIO.read(new ByteArrayInputStream(jpeg)), "the photo decodes");
        HttpResponse<byte[]> thumbnail = get(photo.getFile().getThumbnailPath());
        assertEquals(200, thumbnail.statusCode());
        assertEquals(480, ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth(), "a server-made thumbnail");

        List<Content> items = content.publishedForProject(id);
        Resource banner = of(items, Resource.class).stream().filter(r -> r.getKind() == ResourceKind.BANNER).findFirst().orElseThrow();
        assertEquals(MediaType.PNG, banner.getFile().getMediaType());
        assertDownloadable(banner.getFile());
        assertTrue(of(items, Article.class).stream().anyMatch(a -> a.getKind() == ArticleKind.PRESS_CONFERENCE));
    }

    @Test
    void theSeedProjectsFiguresAreCountedFromItsRecordsAsTheApiShows() throws Exception {
        JsonObject coordination = api(project("BG EIF 2013/01-05.02").getId());
        assertCounted(coordination, "Дискусионни семинари", 4, "EVENTS_HELD", "SEMINAR");
        assertCounted(coordination, "Участници от целевите групи", 140, "PARTICIPANTS", null);
        assertCounted(coordination, "Брошури", 200, "COPIES_PRINTED", "BROCHURE");
        JsonObject banner = Indicators.indicator(coordination, "Електронен банер");
        assertEquals("ENTERED", banner.getString("source"));
        assertEquals(1, banner.getInt("achieved"));

        JsonObject platform = api(project("BG EIF 2013/01-05.01").getId());
        assertCounted(platform, "Отпечатани справочници", 750, "COPIES_PRINTED", "HANDBOOK");
        assertCounted(platform, "Информационна табела в офиса на проекта", 1, "COPIES_PRINTED", "INFORMATION_BOARD");
        assertEquals("ENTERED", Indicators.indicator(platform, "Публикации в регионален ежедневник").getString("source"));

        // the 140 came from several target groups, and some registered without coming
        long groups = ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT r.target_group_code) FROM registration r"
                + " JOIN content c ON c.id = r.event_id JOIN project p ON p.id = c.project_id"
                + " WHERE p.contract_number = ? AND r.attended_at IS NOT NULL")
                .setParameter(1, "BG EIF 2013/01-05.02").getSingleResult()).longValue();
        assertTrue(groups >= 5, groups + " target groups");
        long absent = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM registration r JOIN content c ON c.id = r.event_id"
                + " JOIN project p ON p.id = c.project_id WHERE p.contract_number = ? AND r.attended_at IS NULL")
                .setParameter(1, "BG EIF 2013/01-05.02").getSingleResult()).longValue();
        assertTrue(absent > 0, "some registered and did not come");
    }

    private JsonObject api(long projectId) throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/projects/" + projectId);
        assertEquals(200, r.statusCode());
        return Json.createReader(new ByteArrayInputStream(r.body())).readObject();
    }

    private static void assertCounted(JsonObject project, String nameBg, int achieved, String measure, String parameter) {
        JsonObject indicator = Indicators.indicator(project, nameBg);
        assertEquals("COUNTED", indicator.getString("source"), nameBg);
        assertEquals(achieved, indicator.getInt("achieved"), nameBg);
        assertEquals(measure, indicator.getString("measure"), nameBg);
        assertEquals(parameter, indicator.getString("parameter", null), nameBg);
    }

    @Test
    void upcomingEventsAreNeverEmptyOnANewInstallation() {
        for (EventKind kind : EnumSet.of(EventKind.FORUM, EventKind.TRAINING, EventKind.PRESS_CONFERENCE)) {
            var upcoming = events.events(new EventQuery(false, null, kind, null), new PageRequest(0, PageRequest.MAX_SIZE));
            assertTrue(upcoming.items().stream().anyMatch(e -> e.getProject() == null && e.getStartsAt().isAfter(
                    java.time.LocalDateTime.now(Content.ZONE).plusDays(1))), "an upcoming " + kind + " of the network");
        }
    }

    @Test
    void everyTopicHasInformationAndFourAreInTheImmigrantsLanguages() {
        // every page: the topics other tests seed come first (ContentSeeds.info), however many there are by now
        List<InfoArticle> topics = new ArrayList<>();
        for (int page = 0; ; page++) {
            var found = info.topics(new PageRequest(page, PageRequest.MAX_SIZE));
            topics.addAll(found.items());
            if (page + 1 >= found.totalPages()) break;
        }
        for (Topic topic : Topic.values()) {
            assertTrue(topics.stream().anyMatch(i -> i.getTopic() == topic
                    && i.isTranslatedInto("bg") && i.isTranslatedInto("en")), topic.name());
        }
        for (Topic topic : EnumSet.of(Topic.RESIDENCE, Topic.WORK, Topic.HEALTH, Topic.HELP)) {
            assertTrue(topics.stream().anyMatch(i -> i.getTopic() == topic
                    && i.getLanguages().containsAll(Languages.PORTAL)), topic + " in all seven languages");
        }
        InfoArticle education = topics.stream().filter(i -> i.getTopic() == Topic.EDUCATION).findFirst().orElseThrow();
        InfoArticle read = info.topic(education.getSlug());
        assertEquals("en", read.textLanguage("ar"), "an untranslated topic falls back to English");
    }

    @Test
    void theForumHasItsCategoriesWithConversationsCountedAsTheyHold() {
        Map<String, ForumCategory> bySlug = new HashMap<>();
        forum.categories().forEach(c -> bySlug.put(c.getSlug(), c));
        for (String slug : List.of("vaprosi-za-prebivavane", "rabota-i-obrazovanie", "novini-ot-mrezhata", "vaprosi-na-arabski")) {
            ForumCategory category = bySlug.get(slug);
            assertNotNull(category, "the demo category " + slug);
            assertEquals("en", category.textLanguage("en"), slug + " has an English name");
            List<ForumTopic> topics = forum.topics(category.getId(), TopicOrder.LATEST, new PageRequest(0, 100)).items().stream()
                    .filter(t -> t.getAuthor().getHandle().startsWith("demo-")).toList();
            assertEquals(1, topics.size(), slug + " has its conversation");
            ForumTopic topic = topics.get(0);
            assertTrue(topic.getPostCount() >= 3, slug + " has replies");
            assertEquals(topic.getPostCount(), forum.posts(topic.getId(), new PageRequest(0, 100)).totalItems(), "counted as shown");
            assertTrue(category.getTopicCount() >= 1 && category.getPostCount() >= topic.getPostCount(), slug + " counts its topics");
        }
        ForumCategory arabic = bySlug.get("vaprosi-na-arabski");
        assertEquals("ar", arabic.getLanguage());
        assertEquals("أسئلة بالعربية", arabic.name("ar"));
        assertEquals("ar", forum.topics(arabic.getId(), TopicOrder.LATEST, new PageRequest(0, 1)).items().get(0).getLanguage());
        assertNull(bySlug.get("vaprosi-za-prebivavane").getLanguage(), "open to all");
        // INVALID, or LOCKED once a database kept from earlier runs has seen enough of these
        assertNotEquals(PortalAccountService.SignInResult.SUCCESS, accounts.signIn("demo-maria@example.org", "demo-maria").result(),
                "a demo account has no password anyone knows");
    }

    @Test
    void theTrainingHasItsFourCoursesAndTwoLearners() {
        var firstSteps = training.published("parvi-stapki-v-balgariya");
        assertEquals(List.of("bg", "en", "ar", "uk"), firstSteps.getLanguages());
        assertEquals(bg.integra.training.CourseAudience.IMMIGRANTS, firstSteps.getAudience());
        assertEquals("الخطوات الأولى في بلغاريا", firstSteps.title("ar"));
        assertEquals(6, firstSteps.lessonsInOrder().size());
        var practicum = training.published("praktikum-kazusi-i-merki");
        assertTrue(practicum.isByKey() && practicum.opensWith("haskovo-2015"));
        assertEquals(List.of("bg", "en"), practicum.getLanguages());
        assertNotNull(practicum.lessonsInOrder().get(0).getHandbook(), "the practicum reads the handbook of cases");
        assertTrue(training.catalogue(new bg.integra.training.CourseQuery(bg.integra.training.CourseAudience.PROFESSIONALS, "en", null),
                new PageRequest(0, 100)).items().stream().map(c -> c.getSlug()).toList()
                .containsAll(List.of("mezhdukulturni-kompetentsii", "dialog-institutsii-imigranti", "praktikum-kazusi-i-merki")));

        long olena = demoAccount("demo-olena");
        var halfWay = learning.progress(olena, firstSteps.getId()).orElseThrow();
        assertEquals(3, halfWay.viewedCount());
        assertEquals(firstSteps.lessonsInOrder().get(3).getId(), halfWay.next());
        assertFalse(halfWay.isCompleted());
        long maria = demoAccount("demo-maria");
        assertTrue(learning.progress(maria, training.published("mezhdukulturni-kompetentsii").getId()).orElseThrow().isCompleted());
    }

    private long demoAccount(String handle) {
        return em.createQuery("SELECT a.id FROM PortalAccount a WHERE a.handle = :h", Long.class).setParameter("h", handle).getSingleResult();
    }

    @Test
    void theDraftIsNotPublic() {
        long id = project("BG EIF 2013/01-05.02").getId();
        List<Article> drafts = em.createQuery("SELECT a FROM Article a WHERE a.project.id = :id AND "
                + "a.status = bg.integra.content.PublicationStatus.DRAFT", Article.class).setParameter("id", id).getResultList();
        assertEquals(1, drafts.size());
        assertThrows(NotFoundException.class, () -> news.article(drafts.get(0).getSlug()));
    }

    private Project project(String contractNumber) {
        List<Project> found = em.createNamedQuery(Project.FIND_BY_CONTRACT, Project.class)
                .setParameter("number", contractNumber).getResultList();
        assertEquals(1, found.size(), "the demo project " + contractNumber + " (delete integration-tests/target/h2 "
                + "if this database was made before the demo data existed)");
        return found.get(0);
    }

    /** The file at its portal address: 200, its recognised type, its bytes. */
    private byte[] assertDownloadable(StoredFile file) throws Exception {
        HttpResponse<byte[]> response = get(file.getPath());
        assertEquals(200, response.statusCode(), file.getPath());
        assertEquals(file.getMediaType().mimeType(), response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(file.getSize(), response.body().length);
        assertEquals(java.util.Optional.of(file.getMediaType()), MediaType.sniff(response.body()), "the bytes are of their type");
        return response.body();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        String base = "http://localhost:" + request.getLocalPort();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T extends Content> List<T> of(List<Content> items, Class<T> kind) {
        return items.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
