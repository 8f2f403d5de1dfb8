package bg.integra.web.feed;

import bg.integra.change.Tags;
import bg.integra.common.Languages;
import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import bg.integra.feed.FeedService;
import bg.integra.web.cache.Caches;
import bg.integra.web.cache.TaggedCache;
import bg.integra.web.common.HttpValidation;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.portal.PortalLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.time.Instant;
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
    static final String CONTENT_TYPE = Atom.CONTENT_TYPE;
    private static final String CACHE_CONTROL = "public, max-age=300";
    private static final int MAX_SUMMARY = 500;
    /** The feed lists news and events, each with its title and summary only. */
    private static final Set<String> TAGS = Set.of(Tags.list(ContentType.NEWS), Tags.list(ContentType.EVENT));
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Inject
    private FeedService feed;

    @Inject
    private Caches caches;

    private record Rendered(byte[] body, String etag) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = Languages.portalOrDefault(request.getParameter(PortalLanguage.PARAMETER));
        String base = HttpValidation.baseUrl(request);
        // per site address and language: the address is in the feed's links, and a proxy may forward several
        String key = base + "|" + lang;
        Rendered rendered;
        try {
            rendered = (Rendered) caches.feeds().obtain(key, Instant.now(), () -> {
                byte[] body = render(feed.latest(), lang, base);
                return TaggedCache.Rendered.kept(new Rendered(body, HttpValidation.etag(body)), TAGS, Instant.MAX, body.length);
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        response.setHeader("ETag", rendered.etag());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (HttpValidation.notModified(request, rendered.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(rendered.body().length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(rendered.body());
    }

    static byte[] render(List<Content> items, String lang, String base) {
        ResourceBundle texts = PortalTexts.of(lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
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
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, Content item, String lang, String base, ResourceBundle texts)
            throws XMLStreamException {
        String textLang = item.textLanguage(lang);
        ContentText text = item.text(lang);
        String path = base + "/" + item.getType().path() + "/" + item.getSlug();
        xml.writeStartElement("entry");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", textLang);
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
