package bg.integra.web.feed;

import bg.integra.change.Tags;
import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import bg.integra.feed.FeedService;
import bg.integra.web.cache.Caches;
import bg.integra.web.common.HttpValidation;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.portal.PortalLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The portal's Atom 1.0 feed ({@code /feed.xml}, {@code /feed.xml?lang=en}) of the latest published news and
 * events. Each entry is in the reader's language where it is translated, else in English or Bulgarian, and says
 * which with {@code xml:lang}. A rendered feed is kept until a news item or an event changes, and feed readers, which poll,
 * get {@code 304} while nothing is new.
 */
@WebServlet("/feed.xml")
public class FeedServlet extends HttpServlet {

    static final String ATOM = Atom.NAMESPACE;
    private static final int MAX_SUMMARY = 500;
    /** The feed lists news and events, each with its title and summary only. */
    private static final Set<String> TAGS = Set.of(Tags.list(ContentType.NEWS), Tags.list(ContentType.EVENT));
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Inject
    private FeedService feed;

    @Inject
    private Caches caches;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = PortalLanguage.of(request);
        String base = HttpValidation.baseUrl(request);
        // per site address and language: the address is in the feed's links, and a proxy may forward several
        Atom.serve(request, response, caches.feeds(), base + "|" + lang, TAGS, () -> render(feed.latest(), lang, base));
    }

    static byte[] render(List<Content> items, String lang, String base) {
        ResourceBundle texts = PortalTexts.of(lang);
        return Atom.document(lang, xml -> {
            Atom.element(xml, "id", Atom.withLang(base + "/feed.xml", lang));
            Atom.element(xml, "title", texts.getString("feed.title"));
            Atom.element(xml, "subtitle", texts.getString("site.tagline"));
            Atom.link(xml, "self", "application/atom+xml", Atom.withLang(base + "/feed.xml", lang), null);
            Atom.link(xml, "alternate", "text/html", Atom.withLang(base + "/", lang), null);
            Atom.element(xml, "updated", items.stream().map(Content::getUpdatedAt).max(Comparator.naturalOrder())
                    .map(Atom::timestamp).orElse("1970-01-01T00:00:00Z"));
            xml.writeStartElement("author");
            Atom.element(xml, "name", texts.getString("site.name"));
            Atom.element(xml, "uri", base + "/");
            xml.writeEndElement();
            for (Content item : items) {
                entry(xml, item, lang, base, texts);
            }
        });
    }

    private static void entry(XMLStreamWriter xml, Content item, String lang, String base, ResourceBundle texts)
            throws XMLStreamException {
        String textLang = item.textLanguage(lang);
        ContentText text = item.text(lang);
        String path = base + "/" + item.getType().path() + "/" + item.getSlug();
        Atom.startEntry(xml, textLang);
        Atom.element(xml, "id", path); // the item's address without a language: one item, one id in every feed
        Atom.element(xml, "title", text.getTitle());
        Atom.link(xml, "alternate", "text/html", Atom.withLang(path, lang), textLang);
        if (item.getPublishedAt() != null) Atom.element(xml, "published", Atom.timestamp(item.getPublishedAt()));
        Atom.element(xml, "updated", Atom.timestamp(item.getUpdatedAt()));
        xml.writeStartElement("category");
        xml.writeAttribute("term", item.getType().path());
        xml.writeAttribute("label", texts.getString("feed.type." + item.getType().name()));
        xml.writeEndElement();
        String summary = summary(text);
        if (summary != null) Atom.element(xml, "summary", summary);
        xml.writeEndElement();
    }

    /** The summary, or the start of the body as plain text. */
    static String summary(ContentText text) {
        String s = text.getSummary();
        if (s == null && text.getBody() != null) {
            s = TAG.matcher(text.getBody()).replaceAll(" ").replace("&nbsp;", " ").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'").replace("&quot;", "\"")
                    .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        }
        if (s == null || s.isEmpty()) return null;
        return s.length() <= MAX_SUMMARY ? s : s.substring(0, MAX_SUMMARY).strip() + "…";
    }

}
