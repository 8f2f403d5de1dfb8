package bg.integra.web.portalaccount;

import bg.integra.web.portal.PortalSession;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.web.common.FieldProblemTexts;
import bg.integra.web.common.FormTokens;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.portal.PortalPage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the pages of the portal account share. Each is a plain HTML form that posts back to its own address and
 * needs no JavaScript: the POST either redirects (post/redirect/get) or shows the form again with the typed values
 * (never a password), a summary of the problems at the top and a message under each field, in the words of the
 * registration form ({@code regForm.error.}). Forms of visitors who are not signed in carry the double-submit token
 * of {@link FormTokens}; those of a signed-in visitor the session's ({@link PortalSession#validFormToken}). Never
 * stored by a cache: they hold what one visitor typed or their account.
 */
public abstract class AccountPage extends PortalPage {

    static final String TOKEN_COOKIE = "integra-acc";
    /** Where a visitor goes after signing in or out when the address names nowhere else. */
    static final String HOME = "/forum";

    @Inject
    protected HttpServletRequest request;

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String notice;
    private String formToken;

    /** The response, marked never to be stored. */
    protected HttpServletResponse response() {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setHeader("Cache-Control", "no-store");
        return response;
    }

    protected boolean posted() {
        return "POST".equals(request.getMethod());
    }

    /** Keeps the posted values of the fields, to show them again. */
    protected void keep(String... fields) {
        for (String field : fields) values.put(field, request.getParameter(field));
    }

    /** For a visitor not signed in: whether the post came from our form; else says the form was stale. */
    protected boolean sameSite() {
        if (FormTokens.matches(request, TOKEN_COOKIE)) return true;
        refuseStale();
        return false;
    }

    /** For a signed-in visitor: whether the post carries the session's token; else says the form was stale. */
    protected boolean sameSession() {
        if (PortalSession.validFormToken(request, request.getParameter(FormTokens.FIELD))) return true;
        refuseStale();
        return false;
    }

    private void refuseStale() {
        response().setStatus(HttpServletResponse.SC_FORBIDDEN);
        notice = text("portalAccount.expired");
    }

    /** The double-submit token of a form for a visitor not signed in (sets its cookie on the first visit). */
    protected void issueFormToken() {
        formToken = FormTokens.issue(request, response(), TOKEN_COOKIE, "/account/");
    }

    /** The signed-in visitor, or empty after a 303 to the sign-in page that comes back here. */
    protected Optional<PortalSession.SignedIn> signedInOrRedirect(String here) {
        Optional<PortalSession.SignedIn> who = signedIn();
        if (who.isEmpty()) redirect(signInLink(language.href(here).substring(request.getContextPath().length())));
        return who;
    }

    /** The signed-in visitor, if any, whose session's token the page's forms then carry. */
    protected Optional<PortalSession.SignedIn> signedIn() {
        Optional<PortalSession.SignedIn> who = PortalSession.of(request);
        who.ifPresent(w -> formToken = w.formToken());
        return who;
    }

    /** The sign-in page that returns to {@code next} (a path of this site). */
    protected static String signInLink(String next) {
        return "/account/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** Answers 303 to a path of this site (in the page's language unless the path names one) and ends the page. */
    protected void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response = response();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path.contains("lang=") ? request.getContextPath() + path : language.href(path));
        faces.responseComplete();
    }

    /** The service's field problems as messages under the fields, in the order of the page. */
    protected void problems(InvalidInputException e, List<String> fields) {
        for (String field : fields) {
            FieldProblem problem = e.fields().get(field);
            if (problem != null) error(field, fieldMessage(field, problem));
        }
        if (errors.isEmpty()) notice = text("portalAccount.error.other");
    }

    protected String fieldMessage(String field, FieldProblem problem) {
        String lang = language.getLang();
        return FieldProblemTexts.text(PortalTexts.of(lang), Locale.forLanguageTag(lang), "regForm.error.", field, problem,
                text("portalAccount.field." + field));
    }

    protected void error(String field, String message) {
        errors.put(field, message);
    }

    protected void notice(String message) {
        this.notice = message;
    }

    protected String text(String key, Object... args) {
        String lang = language.getLang();
        return new MessageFormat(PortalTexts.of(lang).getString(key), Locale.forLanguageTag(lang)).format(args);
    }

    public String value(String field) { return values.get(field); }
    public String error(String field) { return errors.get(field); }
    public boolean invalid(String field) { return errors.containsKey(field); }
    /** The id of a field's message, for its aria-describedby; null when the field has none. */
    public String errorId(String field) { return errors.containsKey(field) ? "acc-" + field + "-error" : null; }
    public Map<String, String> getErrors() { return errors; }
    public List<String> getErrorFields() { return List.copyOf(errors.keySet()); }
    public boolean isFailed() { return !errors.isEmpty() || notice != null; }
    public String getNotice() { return notice; }
    public String getFormToken() { return formToken; }
    public String getLang() { return language.getLang(); }
}
