package bg.integra.demo;

import bg.integra.common.Languages;
import bg.integra.common.Period;
import bg.integra.common.Slugs;
import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.content.GalleryImage;
import bg.integra.content.RichText;
import bg.integra.event.Event;
import bg.integra.info.InfoArticle;
import bg.integra.info.Topic;
import bg.integra.media.MediaType;
import bg.integra.media.StoredFile;
import bg.integra.media.Uploads;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import bg.integra.resource.Resource;
import bg.integra.resource.ResourceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo content is complete, bilingual, translated where promised and dated within its projects' periods. */
class DemoContentTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 12, 0);
    private static DemoProjects projects;
    private static List<Content> content;
    private static final List<StoredFile> stored = new ArrayList<>();

    @BeforeAll
    static void build() {
        projects = DemoProjects.create();
        content = new DemoContent(projects, NOW, (name, bytes) -> {
            // the same checks as an upload: a generated file that fails them fails here
            Uploads.Checked checked = Uploads.check(bytes);
            StoredFile file = new StoredFile(Uploads.safeFileName(name, checked.type()), checked.type(), bytes.length,
                    checked.width(), checked.height(), "0".repeat(64));
            stored.add(file);
            return file;
        }).build();
    }

    @Test
    void everyTopicHasOneArticleInBulgarianAndEnglish() {
        List<InfoArticle> info = of(InfoArticle.class);
        assertEquals(EnumSet.allOf(Topic.class), info.stream().map(InfoArticle::getTopic).collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class))));
        assertEquals(Topic.values().length, info.size());
        for (InfoArticle article : info) {
            assertTrue(article.isPublished(), article.getTopic().name());
            assertTrue(article.getLanguages().containsAll(Languages.SUPPORTED), article.getTopic().name());
        }
    }

    @Test
    void fourTopicsAreInTheImmigrantsLanguagesAndTheOthersFallBack() {
        for (InfoArticle article : of(InfoArticle.class)) {
            boolean translated = DemoContent.TRANSLATED_TOPICS.contains(article.getTopic());
            for (String lang : DemoContent.IMMIGRANT_LANGUAGES) {
                assertEquals(translated, article.isTranslatedInto(lang), article.getTopic() + " in " + lang);
                if (!translated) assertEquals(Languages.ENGLISH, article.textLanguage(lang), "falls back to English");
            }
        }
        assertEquals(EnumSet.of(Topic.RESIDENCE, Topic.WORK, Topic.HEALTH, Topic.HELP), DemoContent.TRANSLATED_TOPICS);
    }

    @Test
    void translationsAreWrittenInTheirOwnScripts() {
        Pattern arabicScript = Pattern.compile("[\\u0600-\\u06FF]");
        Pattern cyrillic = Pattern.compile("[\\u0400-\\u04FF]");
        for (InfoArticle article : of(InfoArticle.class)) {
            if (!DemoContent.TRANSLATED_TOPICS.contains(article.getTopic())) continue;
            String topic = article.getTopic().name();
            assertTrue(arabicScript.matcher(article.text("ar").getBody()).find(), topic + " ar");
            assertTrue(article.text("fa").getBody().contains("ی"), topic + " fa uses the Persian yeh");
            assertFalse(article.text("ar").getBody().contains("ی"), topic + " ar uses the Arabic yeh");
            assertTrue(cyrillic.matcher(article.text("ru").getBody()).find(), topic + " ru");
            assertTrue(Pattern.compile("[іїєґ]").matcher(article.text("uk").getBody()).find(), topic + " uk has Ukrainian letters");
            assertFalse(Pattern.compile("[ыэъ]").matcher(article.text("uk").getBody()).find(), topic + " uk has no Russian-only letters");
            assertTrue(Pattern.compile("[ğışçöü]").matcher(article.text("tr").getBody()).find(), topic + " tr has Turkish letters");
            // the same structure in every language: as many list items as the Bulgarian text
            int items = count(article.text("bg").getBody(), "<li>");
            for (String lang : Languages.PORTAL) {
                assertEquals(items, count(article.text(lang).getBody(), "<li>"), topic + " list items in " + lang);
            }
        }
    }

    @Test
    void everyPublishedItemHasTitleAndSummaryInBulgarianAndEnglish() {
        for (Content item : content) {
            if (!item.isPublished()) continue;
            for (String lang : Languages.SUPPORTED) {
                ContentText text = item.getTexts().get(lang);
                assertNotNull(text, item.getSlug() + " in " + lang);
                assertFalse(text.getTitle().isBlank(), item.getSlug());
                assertNotNull(text.getSummary(), item.getSlug() + " summary in " + lang);
                assertNotNull(text.getBody(), item.getSlug() + " body in " + lang);
                assertEquals(text.getBody(), RichText.sanitise(text.getBody()), "the allow-list keeps the body whole");
            }
            assertNotNull(item.getPublishedAt(), item.getSlug());
        }
    }

    @Test
    void exactlyOneItemIsADraft() {
        List<Content> drafts = content.stream().filter(c -> !c.isPublished()).toList();
        assertEquals(1, drafts.size());
        assertNull(drafts.get(0).getPublishedAt());
    }

    @Test
    void projectItemsAreDatedWithinTheirProjectsPeriods() {
        int dated = 0;
        for (Content item : content) {
            Project project = item.getProject();
            if (project == null || !item.isPublished()) continue;
            Period period = project.getPeriod();
            assertWithin(period, item.getPublishedAt().toLocalDate(), item.getSlug() + " published");
            if (item instanceof Event event) {
                assertWithin(period, event.getStartsAt().toLocalDate(), item.getSlug() + " starts");
                assertWithin(period, event.getEndsAt().toLocalDate(), item.getSlug() + " ends");
            }
            if (item instanceof Article article && article.getIssueDate() != null) {
                assertWithin(period, article.getIssueDate(), item.getSlug() + " issue");
            }
            dated++;
        }
        assertTrue(dated > 20, dated + " items of the projects");
    }

    @Test
    void newsOfBothProjectsWithEveryKindAndFourMediaPublications() {
        List<Article> news = of(Article.class);
        assertEquals(EnumSet.allOf(ArticleKind.class), news.stream().map(Article::getKind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ArticleKind.class))));
        for (Project project : projects.projects()) {
            assertTrue(news.stream().filter(a -> a.getProject() == project).count() >= 5, project.getContractNumber().toString());
        }
        List<Article> publications = news.stream().filter(a -> a.getKind() == ArticleKind.MEDIA_PUBLICATION).toList();
        assertEquals(4, publications.size(), "the 4 publications in a regional daily");
        for (Article publication : publications) {
            assertEquals(DemoContent.NEWSPAPER, publication.getNewspaper());
            assertNotNull(publication.getIssueDate());
            assertNotNull(publication.getAttachment(), "a scan");
            assertSame(projects.platform(), publication.getProject());
        }
        assertTrue(publications.stream().anyMatch(p -> p.getAttachment().getMediaType() == MediaType.PDF));
        assertTrue(publications.stream().anyMatch(p -> p.getAttachment().getMediaType() == MediaType.JPEG));
        assertTrue(news.stream().filter(a -> a.getGallery().size() >= 2).count() >= 3, "a few small galleries");
    }

    @Test
    void theFourSeminarsArePastWithVenueRegionAgendaAndMethods() {
        List<Event> seminars = of(Event.class).stream()
                .filter(e -> e.getProject() == projects.coordination() && e.getKind() == EventKind.SEMINAR).toList();
        assertEquals(4, seminars.size(), "the 4 discussion seminars");
        for (Event seminar : seminars) {
            assertTrue(seminar.isPast(NOW));
            assertFalse(seminar.getVenue().isBlank());
            assertNotNull(seminar.getRegion());
            assertFalse(seminar.getMethods().isEmpty());
            assertTrue(seminar.text("bg").getBody().contains("<li>"), "an agenda");
            assertTrue(seminar.getEndsAt().isAfter(seminar.getStartsAt()));
        }
        assertTrue(of(Event.class).stream().filter(e -> e.isPast(NOW)).allMatch(e -> !e.getGallery().isEmpty()
                || e.getProject() == projects.coordination()), "past events of the first project have galleries");
        assertTrue(of(Event.class).stream().filter(e -> e.isPast(NOW) && !e.getGallery().isEmpty()).count() >= 5);
    }

    @Test
    void upcomingEventsOfEveryPromisedKindFollowTheFirstStart() {
        List<Event> upcoming = of(Event.class).stream().filter(e -> !e.isPast(NOW)).toList();
        assertEquals(EnumSet.of(EventKind.FORUM, EventKind.TRAINING, EventKind.PRESS_CONFERENCE),
                upcoming.stream().map(Event::getKind).collect(Collectors.toCollection(() -> EnumSet.noneOf(EventKind.class))));
        for (Event event : upcoming) {
            assertTrue(event.getStartsAt().isAfter(NOW.plusDays(7)), "upcoming for a while: " + event.getSlug());
            assertTrue(event.getStartsAt().isBefore(NOW.plusDays(60)), event.getSlug());
            assertTrue(event.isPublished());
            assertFalse(event.getPublishedAt().isAfter(NOW), "announced no later than the first start");
        }
    }

    @Test
    void theHandbooksBrochureAndBannerOfTheDocuments() {
        List<Resource> resources = of(Resource.class);
        List<Resource> handbooks = resources.stream().filter(r -> r.getKind() == ResourceKind.HANDBOOK).toList();
        assertEquals(3, handbooks.size());
        for (Resource handbook : handbooks) {
            assertEquals(250, handbook.getPrintRun());
            assertSame(projects.platform(), handbook.getProject());
        }
        assertEquals(750, handbooks.stream().mapToInt(Resource::getPrintRun).sum(), "the 750 printed handbooks");
        Resource brochure = resources.stream().filter(r -> r.getKind() == ResourceKind.BROCHURE).findFirst().orElseThrow();
        assertEquals(200, brochure.getPrintRun());
        assertSame(projects.coordination(), brochure.getProject());
        for (Resource printed : List.of(handbooks.get(0), handbooks.get(1), handbooks.get(2), brochure)) {
            assertEquals(MediaType.PDF, printed.getFile().getMediaType(), printed.getSlug());
            assertEquals("bg", printed.getMaterialLanguage());
            assertNotNull(printed.getTopic());
            assertNotNull(printed.getCover(), "a cover picture");
        }
        Resource banner = resources.stream().filter(r -> r.getKind() == ResourceKind.BANNER).findFirst().orElseThrow();
        assertEquals(MediaType.PNG, banner.getFile().getMediaType());
        assertEquals(728, banner.getFile().getWidth());
    }

    @Test
    void everyPictureHasAltTextInBulgarianAndEnglish() {
        int pictures = 0;
        for (Content item : content) {
            for (GalleryImage image : item.getGallery()) {
                assertTrue(image.getFile().isImage(), item.getSlug());
                assertNotNull(image.getTexts().get("bg"), item.getSlug());
                assertNotNull(image.getTexts().get("en"), item.getSlug());
                pictures++;
            }
        }
        assertTrue(pictures >= 20, pictures + " pictures");
        assertTrue(stored.stream().mapToLong(StoredFile::getSize).sum() < 5_000_000, "small files");
    }

    @Test
    void addressesAreValidAndUniquePerKind() {
        Set<String> seen = new HashSet<>();
        for (Content item : content) {
            assertTrue(Slugs.isValid(item.getSlug()), item.getSlug());
            assertTrue(seen.add(item.contentType() + "/" + item.getSlug()), "taken twice: " + item.getSlug());
        }
    }

    private static void assertWithin(Period period, LocalDate date, String what) {
        assertFalse(date.isBefore(period.getStart()), what + " " + date + " before " + period.getStart());
        assertFalse(date.isAfter(period.getEnd()), what + " " + date + " after " + period.getEnd());
    }

    private static void assertSame(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertSame(expected, actual);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    private static <T extends Content> List<T> of(Class<T> kind) {
        return content.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
