package bg.integra.web.forum;

import bg.integra.change.Tags;
import bg.integra.common.Languages;
import bg.integra.common.PageRequest;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumService;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.TopicOrder;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.web.cache.Caches;
import bg.integra.web.cache.TaggedCache;
import bg.integra.web.common.HttpValidation;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.feed.Atom;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A category's Atom feed, {@code /forum/c/{slug}/feed.xml} (routed here by {@code PortalRoutingFilter}): its
 * {@value #ENTRIES} latest visible topics, each with its author and the time of its last post. Kept, like the
 * portal's feed, until something in the forum changes; feed readers get {@code 304} meanwhile.
 */
@WebServlet("/forum-feed")
public class ForumFeedServlet extends HttpServlet {

    static final int ENTRIES = 20;
    private static final Set<String> TAGS = Set.of(Tags.FORUM);

    @Inject
    private ForumService forum;

    @Inject
    private Caches caches;

    private record Rendered(byte[] body, String etag) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ForumCategory> category = forum.category(request.getParameter("slug"));
        if (category.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String lang = Languages.portalOrDefault(request.getParameter(PortalLanguage.PARAMETER));
        String base = HttpValidation.baseUrl(request);
        String key = "forum|" + base + "|" + category.get().getSlug() + "|" + lang;
        Rendered rendered;
        try {
            rendered = (Rendered) caches.feeds().obtain(key, Instant.now(), () -> {
                List<ForumTopic> topics = forum.topics(category.get().getId(), TopicOrder.LATEST, new PageRequest(0, ENTRIES)).items();
                byte[] body = render(category.get(), topics, lang, base);
                return TaggedCache.Rendered.kept(new Rendered(body, HttpValidation.etag(body)), TAGS, Instant.MAX, body.length);
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        response.setHeader("ETag", rendered.etag());
        response.setHeader("Cache-Control", "public, max-age=300");
        if (HttpValidation.notModified(request, rendered.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(Atom.CONTENT_TYPE);
        response.setContentLength(rendered.body().length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(rendered.body());
    }

    static byte[] render(ForumCategory category, List<ForumTopic> topics, String lang, String base) {
        ResourceBundle texts = PortalTexts.of(lang);
        String page = base + "/forum/c/" + category.getSlug();
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(Atom.NAMESPACE);
            xml.writeStartElement(Atom.NAMESPACE, "feed");
            xml.writeDefaultNamespace(Atom.NAMESPACE);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
            Atom.element(xml, "id", page + "/feed.xml");
            Atom.element(xml, "title", category.name(lang) + " · " + texts.getString("site.name"));
            Atom.link(xml, "self", "application/atom+xml", Atom.withLang(page + "/feed.xml", lang), null);
            Atom.link(xml, "alternate", "text/html", Atom.withLang(page, lang), null);
            Atom.element(xml, "updated", Atom.timestamp(topics.isEmpty()
                    ? (category.getLastPostedAt() == null ? java.time.LocalDateTime.of(1970, 1, 1, 3, 0) : category.getLastPostedAt())
                    : topics.stream().map(ForumTopic::getLastPostedAt).max(java.util.Comparator.naturalOrder()).orElseThrow()));
            for (ForumTopic topic : topics) {
                String address = base + "/forum/t/" + topic.path();
                xml.writeStartElement("entry");
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", topic.getLanguage());
                Atom.element(xml, "id", address);
                Atom.element(xml, "title", topic.getTitle());
                Atom.link(xml, "alternate", "text/html", Atom.withLang(address, lang), topic.getLanguage());
                Atom.element(xml, "published", Atom.timestamp(topic.getCreatedAt()));
                Atom.element(xml, "updated", Atom.timestamp(topic.getLastPostedAt()));
                xml.writeStartElement("author");
                Atom.element(xml, "name", authorName(topic.getAuthor(), texts));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the forum's feed", e);
        }
        return out.toByteArray();
    }

    private static String authorName(PortalAccount author, ResourceBundle texts) {
        return author.isDeleted() ? texts.getString("forum.deletedUser") : author.getDisplayName();
    }
}
