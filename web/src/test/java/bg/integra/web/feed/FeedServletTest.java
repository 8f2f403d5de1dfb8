package bg.integra.web.feed;

import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedServletTest {

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void markupAndCharactersXmlForbidsCannotBreakTheFeed() throws Exception {
        Article a = new Article(ArticleKind.NEWS, new ContentText("A <b>&amp; \"title\"", "Summary <script>", null));
        a.publish(LocalDateTime.of(2026, 7, 1, 12, 0));
        byte[] xml = FeedServlet.render(List.<Content>of(a), "bg", "http://localhost:8080");
        String text = new String(xml, StandardCharsets.UTF_8);
        assertFalse(text.contains("<script>"), text);
        Document feed = parse(xml);
        Element entry = (Element) feed.getElementsByTagNameNS(FeedServlet.ATOM, "entry").item(0);
        assertEquals("A <b>&amp; \"title\"", entry.getElementsByTagNameNS(FeedServlet.ATOM, "title").item(0).getTextContent());
        assertEquals("http://localhost:8080/news/" + a.getSlug(), entry.getElementsByTagNameNS(FeedServlet.ATOM, "id").item(0).getTextContent());
    }

    @Test
    void anEmptyFeedIsStillValidAtom() throws Exception {
        Document feed = parse(FeedServlet.render(List.of(), "en", "http://localhost:8080"));
        assertEquals("1970-01-01T00:00:00Z", feed.getElementsByTagNameNS(FeedServlet.ATOM, "updated").item(0).getTextContent());
        assertEquals(0, feed.getElementsByTagNameNS(FeedServlet.ATOM, "entry").getLength());
    }

    @Test
    void timesCarryBulgariasOffsetOfThatDay() {
        assertEquals("2026-07-01T12:00:00+03:00", Atom.timestamp(LocalDateTime.of(2026, 7, 1, 12, 0, 5, 7).withSecond(0)));
        assertEquals("2026-01-15T09:30:00+02:00", Atom.timestamp(LocalDateTime.of(2026, 1, 15, 9, 30)));
    }

    @Test
    void withoutASummaryTheStartOfTheBodyIsShownAsText() {
        String summary = FeedServlet.summary(new ContentText("T", null, "<p>One &amp; <b>two</b></p>"));
        assertEquals("One & two", summary);
        assertTrue(FeedServlet.summary(new ContentText("T", null, "<p>" + "x ".repeat(600) + "</p>")).endsWith("…"));
    }
}
