package bg.integra.web.forum;

import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumService;
import bg.integra.forum.ForumTopic;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.web.common.FieldProblemTexts;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.portal.PortalPage;
import bg.integra.web.portal.PortalSession;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What the forum's pages share: the visitor signed in on the portal (or none), the header of the forum with their
 * name, unread count and sign-out form, the names of categories and authors in the page's language, and the
 * handling of a form: its token, the limit per address, field messages and refusals in words, and the redirect
 * after a post. Each signed-in form carries the session's token ({@link PortalSession#validFormToken}).
 */
public abstract class ForumPage extends PortalPage {

    public static final int PAGE_SIZE = 20;
    static final String FORM_TOKEN = "formToken";

    @Inject
    protected HttpServletRequest request;

    @Inject
    protected ForumService forum;

    @Inject
    private ForumPostLimit limit;

    private PortalSession.SignedIn visitor;
    private boolean visitorRead;
    private Long unread;
    /** Field messages of a refused form, in the order of its fields. */
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** A message about the whole form (expired, too many, refused), or null. */
    private String notice;

    // ----- the visitor

    public PortalSession.SignedIn getVisitor() {
        if (!visitorRead) {
            visitor = PortalSession.of(request).orElse(null);
            visitorRead = true;
        }
        return visitor;
    }

    public boolean isSignedIn() {
        return getVisitor() != null;
    }

    protected long visitorId() {
        return getVisitor().accountId();
    }

    public long getUnread() {
        if (unread == null) unread = isSignedIn() ? forum.unread(visitorId()) : 0L;
        return unread;
    }

    /** The signed-in visitor's display name, for the forum's header. */
    public String getVisitorName() {
        return isSignedIn() ? getVisitor().displayName() : null;
    }

    public String getFormToken() {
        return isSignedIn() ? getVisitor().formToken() : null;
    }

    /** The sign-in page, which brings the visitor back to this page. */
    public String getSignInHref() {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String here = uri.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
        return language.href("/account/sign-in?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }

    public String getSignOutAction() {
        return request.getContextPath() + "/account/sign-out";
    }

    // ----- what the pages show

    /** A member's public page, or null for a deleted account (whose posts stay, without a page). */
    public String memberHref(PortalAccount account) {
        return account == null || account.isDeleted() ? null : language.href("/forum/u/" + account.getHandle());
    }

    /** An author's name as readers see it; a deleted account's posts stay, under "deleted user". */
    public String author(PortalAccount account) {
        return account == null || account.isDeleted() ? text("forum.deletedUser") : account.getDisplayName();
    }

    public String categoryName(ForumCategory category) {
        return category.name(language.getLang());
    }

    public String categoryDescription(ForumCategory category) {
        return category.text(language.getLang()).getDescription();
    }

    /** The language of a category's name and description, for the lang attribute when it is not the page's. */
    public String categoryLang(ForumCategory category) {
        return language.langIfOther(category.textLanguage(language.getLang()));
    }

    public String categoryDir(ForumCategory category) {
        return language.dirIfOther(category.textLanguage(language.getLang()));
    }

    public String categoryHref(ForumCategory category) {
        return language.href("/forum/c/" + category.getSlug());
    }

    public String topicHref(ForumTopic topic) {
        return language.href("/forum/t/" + topic.path());
    }

    /** The address of a post of a topic: the topic's page that holds it, at the post. */
    public String postHref(ForumTopic topic, int number) {
        return link("/forum/t/" + topic.path(), Map.of("post", number)) + "#p" + number;
    }

    /** A time for the datetime attribute: whole seconds, as HTML allows at most milliseconds. */
    public String isoTime(LocalDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    // ----- forms

    public String error(String field) { return errors.get(field); }
    public boolean invalid(String field) { return errors.containsKey(field); }
    public String errorId(String field) { return errors.containsKey(field) ? "forum-" + field + "-error" : null; }
    public List<String> getErrorFields() { return List.copyOf(errors.keySet()); }
    public String getNotice() { return notice; }

    protected void notice(String key, Object... args) {
        notice = text(key, args);
    }

    protected boolean failed() {
        return notice != null || !errors.isEmpty();
    }

    /**
     * Whether a POST may go on: the visitor is signed in, the form carries their session's token, and the client
     * address has forms left this hour. Otherwise the page answers with a notice (403 or 429) and nothing is stored.
     */
    protected boolean acceptForm() {
        HttpServletResponse response = notStored();
        if (!isSignedIn()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            notice("forum.signInToWrite");
            return false;
        }
        if (!PortalSession.validFormToken(request, request.getParameter(FORM_TOKEN))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            notice("forum.expired");
            return false;
        }
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(limit.secondsToWait(request.getRemoteAddr())));
            notice("forum.tooMany");
            return false;
        }
        return true;
    }

    /**
     * A write of the form refused by the service, in words: bad fields under their fields, a rule's reason, or
     * "gone" for a post or topic hidden, deleted or not theirs since the page was shown. Anything else is thrown on.
     */
    protected void refused(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) refused(invalid);
        else if (e instanceof RuleRefusedException rule) refused(rule);
        else if (e instanceof NotFoundException) notice("forum.gone");
        else throw e;
    }

    /** The service's refusal of a form in words: each field's problem under its field. */
    protected void refused(InvalidInputException e) {
        String lang = language.getLang();
        ResourceBundle bundle = PortalTexts.of(lang);
        e.fields().forEach((field, problem) -> errors.put(field, FieldProblemTexts.text(bundle,
                Locale.forLanguageTag(lang), "regForm.error.", field, problem, label(bundle, field))));
    }

    /** A rule of the forum refused the form: its reason under the field it names, or for the whole form. */
    protected void refused(RuleRefusedException e) {
        ResourceBundle bundle = PortalTexts.of(language.getLang());
        String message = bundle.containsKey(e.reason()) ? bundle.getString(e.reason()) : text("forum.refused.other");
        if (e.field() != null && isField(e.field())) errors.put(e.field(), message);
        else notice = message;
    }

    /** Whether the page's form has a field of that name (else a message goes to the whole form). */
    protected abstract boolean isField(String field);

    private static String label(ResourceBundle bundle, String field) {
        String key = "forum.field." + field;
        return bundle.containsKey(key) ? bundle.getString(key) : field;
    }

    /** 301 to the one address of what was asked under another (an old slug, a handle in other letters). */
    protected static void movedTo(String location) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", location);
        faces.responseComplete();
    }

    /** Post/redirect/get: 303 to an address of this site (already with its language). */
    protected static void seeOther(String location) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "no-store");
        faces.responseComplete();
    }

    /** A page that holds one visitor's forms or data: never kept by a browser or proxy. */
    protected static HttpServletResponse notStored() {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setHeader("Cache-Control", "no-store");
        return response;
    }

    protected boolean isPost() {
        return "POST".equals(request.getMethod());
    }

    protected String text(String key, Object... args) {
        String lang = language.getLang();
        return new MessageFormat(PortalTexts.of(lang).getString(key), Locale.forLanguageTag(lang)).format(args);
    }
}
