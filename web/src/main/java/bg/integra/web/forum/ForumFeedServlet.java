package bg.integra.web.forum;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumService;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.TopicOrder;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.web.cache.Caches;
import bg.integra.web.common.HttpValidation;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.feed.Atom;
import bg.integra.web.portal.PortalLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Comparator;
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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ForumCategory> category = forum.category(request.getParameter("slug"));
        if (category.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String lang = PortalLanguage.of(request);
        String base = HttpValidation.baseUrl(request);
        String key = "forum|" + base + "|" + category.get().getSlug() + "|" + lang;
        Atom.serve(request, response, caches.feeds(), key, TAGS, () -> render(category.get(),
                forum.topics(category.get().getId(), TopicOrder.LATEST, new PageRequest(0, ENTRIES)).items(), lang, base));
    }

    static byte[] render(ForumCategory category, List<ForumTopic> topics, String lang, String base) {
        ResourceBundle texts = PortalTexts.of(lang);
        String page = base + "/forum/c/" + category.getSlug();
        return Atom.document(lang, xml -> {
            Atom.element(xml, "id", page + "/feed.xml");
            Atom.element(xml, "title", category.name(lang) + " · " + texts.getString("site.name"));
            Atom.link(xml, "self", "application/atom+xml", Atom.withLang(page + "/feed.xml", lang), null);
            Atom.link(xml, "alternate", "text/html", Atom.withLang(page, lang), null);
            Atom.element(xml, "updated", Atom.timestamp(topics.isEmpty()
                    ? (category.getLastPostedAt() == null ? LocalDateTime.of(1970, 1, 1, 3, 0) : category.getLastPostedAt())
                    : topics.stream().map(ForumTopic::getLastPostedAt).max(Comparator.naturalOrder()).orElseThrow()));
            for (ForumTopic topic : topics) {
                String address = base + "/forum/t/" + topic.path();
                Atom.startEntry(xml, topic.getLanguage());
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
        });
    }

    private static String authorName(PortalAccount author, ResourceBundle texts) {
        return author.isDeleted() ? texts.getString("forum.deletedUser") : author.getDisplayName();
    }
}
