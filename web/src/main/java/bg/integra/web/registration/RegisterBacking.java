package bg.integra.web.registration;

import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.content.Content;
import bg.integra.project.TargetGroup;
import bg.integra.registration.Occupancy;
import bg.integra.registration.Registrant;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationService;
import bg.integra.registration.RegistrationStatus;
import bg.integra.rest.registration.RegistrationThrottle;
import bg.integra.web.common.FieldProblemTexts;
import bg.integra.web.common.FormTokens;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.event.EventPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * /events/{slug}/register: the public registration form of an event. A plain HTML form that works without
 * JavaScript and needs no session: the POST comes back to this page, which either redirects to the result page
 * (post/redirect/get) or shows the form again with every typed value, a summary of the problems at the top and a
 * message under each field. The form carries a random token that must match a same-site cookie, so another site
 * cannot submit it in a visitor's name; each client address shares the API's hourly limit
 * ({@link RegistrationThrottle}). Never cached: it holds what the visitor typed.
 */
@Named
@RequestScoped
public class RegisterBacking extends EventPage {

    /** The form's fields in the order of the page, which is also the order of the error summary. */
    static final List<String> FIELDS = List.of("name", "organisation", "role", "targetGroup", "email", "phone", "consent");
    static final String TOKEN_COOKIE = "integra-reg";

    @Inject
    private RegistrationService registrations;

    @Inject
    private RegistrationThrottle throttle;

    @Inject
    private RegistrationResults results;

    @Inject
    private HttpServletRequest request;

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** A message about the whole form (already registered, closed, too many, expired), or null. */
    private String notice;
    private boolean duplicate;
    private boolean open;
    private Occupancy occupancy;
    private List<TargetGroup> targetGroups;
    private String formToken;

    @Override
    public void load() {
        super.load();
        if (getContent() == null) return; // the 404 page has been sent
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response = notStored();
        open = LocalDateTime.now(Content.ZONE).isBefore(getContent().getStartsAt());
        if ("POST".equals(request.getMethod())) {
            submit(faces, response);
            if (faces.getResponseComplete()) return;
        }
        occupancy = registrations.occupancy(getContent().getId());
        formToken = formToken(response);
    }

    private void submit(FacesContext faces, HttpServletResponse response) {
        for (String field : FIELDS) values.put(field, request.getParameter(field));
        if (!sameSite()) {
            notice = text("regForm.expired");
            return;
        }
        if (!open) {
            notice = text("regForm.closed");
            return;
        }
        if (!throttle.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(throttle.secondsToWait(request.getRemoteAddr())));
            notice = text("regForm.tooMany");
            return;
        }
        Registrant registrant = new Registrant(values.get("name"), values.get("organisation"), values.get("role"),
                values.get("targetGroup"), values.get("email"), values.get("phone"), language.getLang());
        try {
            Registration r = registrations.register(getContent().getId(), registrant, values.get("consent") != null,
                    request.getParameter("consentVersion"));
            int position = r.getStatus() == RegistrationStatus.WAITLISTED ? registrations.waitlistPosition(r) : 0;
            String key = results.keep(getContent().getId(), r.getStatus(), position, r.getEmail());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", language.href("/events/" + getSlug() + "/registered?r=" + key));
            faces.responseComplete();
        } catch (InvalidInputException e) {
            for (String field : FIELDS) {
                FieldProblem problem = e.fields().get(field);
                if (problem != null) errors.put(field, message(field, problem, field));
            }
            FieldProblem version = e.fields().get("consentVersion");
            if (version != null) errors.put("consent", message("consentVersion", version, "consent"));
            if (errors.isEmpty()) notice = text("regForm.error.other");
        } catch (ConflictException e) {
            duplicate = "reg.duplicate".equals(e.reason());
            notice = text(duplicate ? "regForm.duplicate" : "regForm.closed");
            if (!duplicate) open = false;
        } catch (NotFoundException e) { // unpublished between the page and the POST
            notFound();
        }
    }

    /**
     * The message under a form field for what the service found wrong with a field of the registration, in the
     * page's language; the field's label follows the problem's arguments (a text may name it).
     */
    private String message(String field, FieldProblem problem, String shownAt) {
        String lang = language.getLang();
        return FieldProblemTexts.text(PortalTexts.of(lang), Locale.forLanguageTag(lang), "regForm.error.", field, problem,
                text("regForm." + shownAt));
    }

    /** The form's token must be the one in the visitor's same-site cookie (double submit). */
    private boolean sameSite() {
        return FormTokens.matches(request, TOKEN_COOKIE);
    }

    /** The visitor's form token, made and set as a cookie on the first visit. */
    private String formToken(HttpServletResponse response) {
        return FormTokens.issue(request, response, TOKEN_COOKIE, "/events/");
    }

    private String text(String key, Object... args) {
        String lang = language.getLang();
        return new MessageFormat(PortalTexts.of(lang).getString(key), Locale.forLanguageTag(lang)).format(args);
    }

    /** The target groups with their names in the page's language (or English, else Bulgarian). */
    public List<TargetGroup> getTargetGroups() {
        if (targetGroups == null) targetGroups = registrations.targetGroups();
        return targetGroups;
    }

    /** The language a target group's name is shown in, for the option's lang attribute when not the page's. */
    public String nameLanguage(TargetGroup group) {
        String lang = language.getLang();
        String shown = group.nameLanguage(lang);
        return shown.equals(lang) ? null : shown;
    }

    public String value(String field) { return values.get(field); }
    public boolean isConsentGiven() { return values.get("consent") != null; }
    public String error(String field) { return errors.get(field); }
    public boolean invalid(String field) { return errors.containsKey(field); }
    /** The id of a field's message, for its aria-describedby; null when the field has none. */
    public String errorId(String field) { return errors.containsKey(field) ? "reg-" + field + "-error" : null; }
    public Map<String, String> getErrors() { return errors; }
    public List<String> getErrorFields() { return List.copyOf(errors.keySet()); }
    public boolean isFailed() { return !errors.isEmpty() || notice != null; }
    public String getNotice() { return notice; }
    public boolean isDuplicate() { return duplicate; }
    public boolean isOpen() { return open; }
    public Occupancy getOccupancy() { return occupancy; }
    public String getFormToken() { return formToken; }
    public String getConsentVersion() { return RegistrationService.CONSENT_VERSION; }
    public String getAction() { return language.href("/events/" + getSlug() + "/register"); }
}
