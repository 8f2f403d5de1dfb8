package bg.integra.it.search;

import bg.integra.common.PageRequest;
import bg.integra.info.Topic;
import bg.integra.search.SearchHit;
import bg.integra.search.SearchResult;
import bg.integra.search.SearchService;
import bg.integra.testsupport.ContentSeeds;
import bg.integra.testsupport.TestData;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site search inside the server, on content each test seeds with a tag of its own. */
@ExtendWith(ArquillianExtension.class)
class SearchServiceIT {

    @Inject
    SearchService search;

    @Inject
    ContentSeeds seeds;

    @Inject
    TestData data;

    private List<SearchHit> find(String query, String lang) {
        return search.search(query, lang, new PageRequest(0, 50)).hits();
    }

    @Test
    void cyrillicAndLatinAndCaseDoNotMatter() {
        String tag = TestData.unique("q");
        seeds.event(tag, null, java.time.LocalDateTime.now().plusDays(3).withNano(0), bg.integra.common.Region.HASKOVO,
                bg.integra.project.EventKind.SEMINAR);
        for (String query : List.of("семинар " + tag, "SEMINAR " + tag.toUpperCase(), "seminar " + tag, "Дискусионен " + tag, "diskusionen " + tag)) {
            List<SearchHit> hits = find(query, "bg");
            assertEquals(1, hits.size(), query + " → " + hits);
            assertEquals("EVENT", hits.get(0).type());
        }
    }

    @Test
    void eachItemOnceInTheReadersLanguageWhenItMatchesThere() {
        String tag = TestData.unique("l");
        seeds.info(tag, Topic.WORK);
        SearchHit inEnglish = find(tag, "en").get(0);
        assertEquals("INFO", inEnglish.type());
        assertEquals("en", inEnglish.lang());
        assertEquals(1, find(tag, "en").size(), "one hit although three languages match");
        assertEquals("ar", find(tag, "ar").get(0).lang());
        assertEquals("en", find(tag, "ru").get(0).lang(), "no Russian text: English, the first fallback");
        assertEquals("ar", find("الإقامة " + tag, "bg").get(0).lang(), "Arabic words find the Arabic text");
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchAndDraftsAreNotFound() {
        String tag = TestData.unique("r");
        seeds.article(tag, null, true);                 // tag in the title and body
        seeds.handbook(tag, null);                      // tag in the title and body, too
        seeds.article(tag + "-hidden", null, false);    // a draft
        var hits = find(tag, "bg");
        assertEquals(2, hits.size(), hits::toString);
        assertTrue(hits.stream().allMatch(h -> h.score() > 10));
        assertTrue(hits.stream().noneMatch(h -> h.title().contains("hidden")));

        String only = TestData.unique("b");
        var bodyOnly = seeds.article(only, null, true);
        assertTrue(find("Хасково " + only, "bg").get(0).score() < find("Новина " + only, "bg").get(0).score(),
                "the title word ranks above the body word");
        assertEquals(bodyOnly.getSlug(), find("новина " + only, "bg").get(0).key());
    }

    @Test
    void projectsAreFoundToo() {
        String tag = TestData.unique("j");
        var project = data.project(data.organisation("Сдружение " + tag), "Интеграция " + tag, "Integration " + tag);
        SearchHit hit = find("integratsia " + tag, "bg").get(0);
        assertEquals("PROJECT", hit.type());
        assertEquals(String.valueOf(project.getId()), hit.key());
    }

    @Test
    void oddQueriesAnswerNormally() {
        for (String query : List.of("\"'%_\\", "<script>alert(1)</script>", "a".repeat(10_000), "  ", "%%%")) {
            SearchResult result = search.search(query, "bg", new PageRequest(0, 10));
            assertTrue(result.terms().size() <= 8, query);
        }
        assertTrue(search.search("\"%_", "bg", new PageRequest(0, 10)).isEmpty(), "punctuation alone finds nothing");
    }
}
