package bg.integra.it.feed;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Links;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Atom feed of news and events (/feed.xml), read with a real XML parser as a feed reader reads it. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class FeedIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final Http http = new Http();

    private HttpResponse<String> feed(String query) {
        HttpResponse<String> r = http.get("/feed.xml" + query);
        assertEquals(200, r.statusCode(), r::body);
        assertEquals("application/atom+xml;charset=UTF-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        return r;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode() == parent) return (Element) list.item(i);
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        assertNotNull(e, () -> "no <" + name + "> in <" + parent.getLocalName() + ">");
        return e.getTextContent();
    }

    private static List<Element> entries(Document feed) {
        NodeList list = feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) entries.add((Element) list.item(i));
        return entries;
    }

    /** The alternate link of each entry, by that link. */
    private static Map<String, Element> byLink(Document feed) {
        Map<String, Element> found = new LinkedHashMap<>();
        for (Element entry : entries(feed)) {
            NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
            for (int i = 0; i < links.getLength(); i++) {
                Element link = (Element) links.item(i);
                if ("alternate".equals(link.getAttribute("rel"))) found.put(link.getAttribute("href"), entry);
            }
        }
        return found;
    }

    @Test
    void theFeedIsWellFormedAtomWithTheRequiredElements() throws Exception {
        http.seedContent();
        Document feed = parse(feed("").body());
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("bg", root.getAttributeNS(XML, "lang"));
        assertEquals(Bundles.text("bg", "feed.title"), text(root, "title"));
        assertTrue(text(root, "id").endsWith("/feed.xml"), text(root, "id"));
        OffsetDateTime.parse(text(root, "updated"));
        assertFalse(text(child(root, "author"), "name").isBlank());
        List<Element> entries = entries(feed);
        assertFalse(entries.isEmpty());
        assertTrue(entries.size() <= 20, "at most the latest 20");
        OffsetDateTime previous = null;
        for (Element entry : entries) {
            assertFalse(text(entry, "id").isBlank());
            assertFalse(text(entry, "title").isBlank());
            OffsetDateTime.parse(text(entry, "updated"));
            OffsetDateTime published = OffsetDateTime.parse(text(entry, "published"));
            if (previous != null) assertFalse(published.isAfter(previous), "newest first");
            previous = published;
            String term = child(entry, "category").getAttribute("term");
            assertTrue(term.equals("news") || term.equals("events"), "only news and events: " + term);
        }
    }

    @Test
    void entriesLinkToThePublishedNewsAndEventsAndNeverToDrafts() throws Exception {
        JsonObject seeded = http.seedContent();
        String tag = seeded.getString("tag");
        String base = http.baseUrl();
        String body = feed("").body();
        Map<String, Element> entries = byLink(parse(body));
        String article = base + "/news/" + seeded.getString("article");
        String event = base + "/events/" + seeded.getString("upcomingEvent");
        assertTrue(entries.containsKey(article), () -> entries.keySet().toString());
        assertTrue(entries.containsKey(event), () -> entries.keySet().toString());
        assertTrue(entries.containsKey(base + "/events/" + seeded.getString("pastEvent")));
        assertTrue(entries.containsKey(base + "/news/" + seeded.getString("publication")));
        assertEquals("Новина " + tag, text(entries.get(article), "title"));
        assertEquals("Кратко резюме на новината " + tag, text(entries.get(article), "summary"));
        assertEquals("Семинар " + tag, text(entries.get(event), "title"));
        assertEquals(article, text(entries.get(article), "id"));
        assertFalse(body.contains(seeded.getString("draft")), "a draft is not in the feed");
        assertFalse(body.contains(seeded.getString("resource")), "resources are not news or events");
        assertFalse(body.contains(seeded.getString("info")), "information pages are not news or events");

        List<String> paths = entries.keySet().stream().filter(href -> href.contains(tag) || href.equals(article)
                || href.equals(event)).map(href -> href.substring(base.length())).toList();
        Links.assertAllAnswer(http, paths);
    }

    @Test
    void theFeedIsInTheAskedLanguageWithFallbacksNamedByXmlLang() throws Exception {
        JsonObject seeded = http.seedContent();
        String tag = seeded.getString("tag");
        String base = http.baseUrl();

        Document english = parse(feed("?lang=en").body());
        assertEquals("en", english.getDocumentElement().getAttributeNS(XML, "lang"));
        assertEquals(Bundles.text("en", "feed.title"), text(english.getDocumentElement(), "title"));
        Element article = byLink(english).get(base + "/news/" + seeded.getString("article") + "?lang=en");
        assertNotNull(article, () -> byLink(english).keySet().toString());
        assertEquals("News " + tag, text(article, "title"));
        assertEquals("en", article.getAttributeNS(XML, "lang"));

        // no Arabic text: English, named so, on an Arabic feed; the media publication has Bulgarian only
        Document arabic = parse(feed("?lang=ar").body());
        assertEquals("ar", arabic.getDocumentElement().getAttributeNS(XML, "lang"));
        Element inEnglish = byLink(arabic).get(base + "/news/" + seeded.getString("article") + "?lang=ar");
        assertEquals("en", inEnglish.getAttributeNS(XML, "lang"));
        assertEquals("News " + tag, text(inEnglish, "title"));
        Element inBulgarian = byLink(arabic).get(base + "/news/" + seeded.getString("publication") + "?lang=ar");
        assertEquals("bg", inBulgarian.getAttributeNS(XML, "lang"));
        assertEquals("Публикация " + tag, text(inBulgarian, "title"));

        Document unknown = parse(feed("?lang=xx").body());
        assertEquals("bg", unknown.getDocumentElement().getAttributeNS(XML, "lang"));
    }

    @Test
    void aFeedReaderThatHoldsTheFeedGets304UntilSomethingIsPublished() throws Exception {
        http.seedContent();
        HttpResponse<String> first = feed("");
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("public"));
        HttpResponse<String> again = http.get("/feed.xml", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
        assertNotEquals(etag, feed("?lang=en").headers().firstValue("ETag").orElse(null), "each language has its own tag");

        http.seedContent();
        HttpResponse<String> changed = http.get("/feed.xml", "If-None-Match", etag);
        assertEquals(200, changed.statusCode(), "new content: a new feed");
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElse(null));
        parse(changed.body());
    }

    @Test
    void portalPagesAnnounceTheFeedInTheirLanguage() {
        String bg = http.get("/").body();
        assertTrue(bg.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + Bundles.text("bg", "feed.title")
                + "\" href=\"/feed.xml\""), bg);
        String en = http.get("/?lang=en").body();
        assertTrue(en.contains("type=\"application/atom+xml\" title=\"" + Bundles.text("en", "feed.title")
                + "\" href=\"/feed.xml?lang=en\""), en);
    }
}
