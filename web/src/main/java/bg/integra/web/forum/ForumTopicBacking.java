package bg.integra.web.forum;

import bg.integra.change.Tags;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.RuleRefusedException;
import bg.integra.forum.FlagReason;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.ForumTrust;
import bg.integra.forum.ForumWriting;
import bg.integra.forum.PostStatus;
import bg.integra.media.MediaService;
import bg.integra.media.StoredFile;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.portalaccount.PortalAccountService;
import bg.integra.web.cache.PageTags;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.portal.Pager;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * /forum/t/{slug}-{id}: a topic and its visible posts, 20 a page ({@code ?post=N} opens the page that holds post N).
 * An address with an old or wrong slug is moved permanently to the topic's own. A signed-in visitor also gets the
 * forms that post back here: reply, flag a post, watch the topic, mark the solution (the topic's author); what
 * they were shown counts as read for their trust level.
 */
@Named
@RequestScoped
public class ForumTopicBacking extends ForumPage {

    private static final Logger LOG = Logger.getLogger(ForumTopicBacking.class.getName());

    @Inject
    private ForumWriting writing;

    @Inject
    private ForumTrust trust;

    @Inject
    private PortalAccountService accounts;

    @Inject
    private MediaService media;

    private String slug;
    private String idParameter;
    private String pageParameter;
    private String postParameter;
    private String heldParameter;
    private String replyToParameter;
    private ForumTopic topic;
    private Page<ForumPost> posts;
    private int trustLevel;
    /** A staff member signed in on the portal: a solved topic offers them to start a case of the knowledge base. */
    private boolean staffVisitor;
    /** The Markdown line of a picture just uploaded, read once a request ("" for none). */
    private String pictureMarkdown;
    private boolean watching;
    private String text;

    public void load() {
        Long id = id(idParameter);
        try {
            topic = id == null ? null : forum.topic(id);
        } catch (NotFoundException e) {
            topic = null;
        }
        if (topic == null) {
            notFound();
            return;
        }
        if (!topic.getSlug().equals(slug)) {
            movedTo(link("/forum/t/" + topic.path(), parameters("page", pageParameter, "post", postParameter)));
            return;
        }
        if (isPost()) {
            submit();
            if (FacesContext.getCurrentInstance().getResponseComplete()) return;
        }
        PageTags.declare(Tags.forumTopic(topic.getId()), Tags.FORUM);
        Integer post = number(postParameter);
        int page = post != null ? forum.pageOf(topic.getId(), post, PAGE_SIZE) : pageNumber(pageParameter) - 1;
        posts = forum.posts(topic.getId(), new PageRequest(page, PAGE_SIZE));
        if (isSignedIn()) visitorState();
    }

    /** What the signed-in visitor may do here, and their reading of what is shown (never breaks the page). */
    private void visitorState() {
        notStored();
        try {
            PortalAccount account = accounts.get(visitorId());
            trustLevel = account.getTrustLevel();
            staffVisitor = account.isStaff();
            watching = writing.watches(visitorId(), topic.getId());
        } catch (NotFoundException e) {
            trustLevel = 0;
        }
        if (posts.items().isEmpty()) return;
        try {
            trust.read(visitorId(), topic.getId(), posts.items().get(posts.items().size() - 1).getNumber());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading of topic " + topic.getId() + " by account " + visitorId() + " not counted", e);
        }
    }

    private void submit() {
        String action = request.getParameter("action");
        text = request.getParameter("text");
        if (!acceptForm()) return;
        try {
            switch (action == null ? "" : action) {
                case "reply" -> reply();
                case "flag" -> flag();
                case "watch", "unwatch" -> {
                    writing.watch(visitorId(), topic.getId(), "watch".equals(action));
                    seeOther(topicHref(topic));
                }
                case "solution" -> {
                    Integer number = number(request.getParameter("number"));
                    writing.markSolution(visitorId(), topic.getId(), number);
                    seeOther(number == null ? topicHref(topic) : postHref(topic, number));
                }
                default -> notice("forum.refused.other");
            }
        } catch (InvalidInputException | RuleRefusedException | NotFoundException e) {
            refused(e);
        }
        if (failed()) notStored().setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    private void reply() {
        Integer replyTo = number(request.getParameter("replyTo"));
        ForumWriting.Posted posted = writing.reply(visitorId(), topic.getId(), text, replyTo);
        if (posted.status() == PostStatus.HELD) {
            seeOther(link("/forum/t/" + topic.path(), Map.of("held", posted.number())) + "#reply");
        } else {
            seeOther(postHref(topic, posted.number()));
        }
    }

    private void flag() {
        Long postId = id(request.getParameter("post"));
        FlagReason reason = option(FlagReason.class, request.getParameter("reason"));
        Integer number = number(request.getParameter("number"));
        if (postId == null || reason == null) {
            notice("forum.flag.choose");
            return;
        }
        writing.flag(visitorId(), postId, reason);
        seeOther(link("/forum/t/" + topic.path(), parameters("post", number == null ? null : number.toString(),
                "flagged", "1")) + (number == null ? "" : "#p" + number));
    }

    @Override
    protected boolean isField(String field) {
        return "text".equals(field);
    }

    /** Parameters of a link, pairs of name and value; null and odd values are left out. */
    private static Map<String, Object> parameters(String... pairs) {
        Map<String, Object> all = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && pairs[i + 1].strip().matches("\\d{1,9}")) all.put(pairs[i], pairs[i + 1].strip());
        }
        return all;
    }

    private static Integer number(String value) {
        if (value == null || !value.strip().matches("\\d{1,9}")) return null;
        int n = Integer.parseInt(value.strip());
        return n >= 1 ? n : null;
    }

    // ----- what the page shows

    public ForumTopic getTopic() { return topic; }
    public List<ForumPost> getPosts() { return posts.items(); }

    public Pager getPager() {
        return pager(posts, "/forum/t/" + topic.path(), Map.of());
    }

    /** The reply form's text after a refusal, so that nothing typed is lost. */
    public String getText() { return text; }

    public boolean isStaffVisitor() { return staffVisitor; }
    public boolean isWatching() { return watching; }
    public boolean isHeld() { return isSignedIn() && number(heldParameter) != null; }
    public boolean isFlagged() { return isSignedIn() && request.getParameter("flagged") != null; }
    public Integer getReplyTo() { return number(replyToParameter); }
    public List<FlagReason> getFlagReasons() { return Arrays.asList(FlagReason.values()); }

    public boolean isSolution(ForumPost post) {
        return topic.getSolutionNumber() != null && topic.getSolutionNumber() == post.getNumber();
    }

    public boolean own(ForumPost post) {
        return isSignedIn() && post.getAuthor().getId() == visitorId();
    }

    /** Flags are for signed-in readers of trust level 1 and more, on others' posts. */
    public boolean mayFlag(ForumPost post) {
        return isSignedIn() && trustLevel >= 1 && !own(post);
    }

    /** The topic's author marks a reply as the one that answered (or unmarks it). */
    public boolean mayMarkSolution(ForumPost post) {
        return isSignedIn() && !topic.isClosed() && post.getNumber() > 1 && topic.getAuthor().getId() == visitorId();
    }

    public boolean mayEdit(ForumPost post) {
        return own(post) && !topic.isClosed();
    }

    public String editHref(ForumPost post) {
        return language.href("/forum/p/" + post.getId() + "/edit");
    }

    public String replyToHref(ForumPost post) {
        Map<String, Object> p = new HashMap<>();
        p.put("replyTo", post.getNumber());
        if (posts.page() > 0) p.put("page", posts.page() + 1);
        return link("/forum/t/" + topic.path(), p) + "#reply";
    }

    /** The form's address: this page of the topic. */
    public String getAction() {
        return link("/forum/t/" + topic.path(), posts.page() > 0 ? Map.of("page", posts.page() + 1) : Map.of());
    }

    /** Pictures are for writers of trust level 1 and more, as in their posts ({@link ForumPictureServlet}). */
    public boolean isMayPostPictures() {
        return isSignedIn() && trustLevel >= 1 && !topic.isClosed();
    }

    /** Where the picture form comes back to: this topic, in the page's language. */
    public String getPictureBack() {
        String lang = language.getLang();
        return "/forum/t/" + topic.path() + (Languages.DEFAULT.equals(lang) ? "" : "?lang=" + lang);
    }

    /** After an upload ({@code ?picture=ID}): the Markdown line that shows the picture, for the writer to paste. */
    public String getPictureMarkdown() {
        if (pictureMarkdown == null) {
            pictureMarkdown = "";
            Long id = isSignedIn() ? id(request.getParameter("picture")) : null;
            try {
                StoredFile file = id == null ? null : media.get(id);
                if (file != null && file.isImage()) pictureMarkdown = "![" + text("forum.picture.alt") + "](" + file.getPath() + ")";
            } catch (NotFoundException e) {
                // an address typed by hand: no line to show
            }
        }
        return pictureMarkdown.isEmpty() ? null : pictureMarkdown;
    }

    /** After a refused upload ({@code ?pictureError=KEY}): the reason in the page's language. */
    public String getPictureError() {
        String key = isSignedIn() ? request.getParameter("pictureError") : null;
        if (key == null || !key.startsWith("forum.") || !PortalTexts.of(language.getLang()).containsKey(key)) return null;
        return text(key);
    }

    public String getSolutionHref() {
        return topic.getSolutionNumber() == null ? null : postHref(topic, topic.getSolutionNumber());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { this.idParameter = idParameter; }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
    public String getPostParameter() { return postParameter; }
    public void setPostParameter(String postParameter) { this.postParameter = postParameter; }
    public String getHeldParameter() { return heldParameter; }
    public void setHeldParameter(String heldParameter) { this.heldParameter = heldParameter; }
    public String getReplyToParameter() { return replyToParameter; }
    public void setReplyToParameter(String replyToParameter) { this.replyToParameter = replyToParameter; }
}
