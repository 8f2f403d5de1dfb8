package bg.integra.web.registration;

import bg.integra.event.Event;
import bg.integra.event.EventService;
import bg.integra.registration.RegistrationStatus;
import bg.integra.web.portal.ContentPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /events/{slug}/registered?r=…: where the registration form redirects after a registration, saying whether the
 * place is confirmed or on the waitlist (and where) and that an e-mail went out. A key that is unknown, too old
 * or of another event is the 404 page; the page is never cached, as it names the visitor's e-mail address.
 */
@Named
@RequestScoped
public class RegisteredBacking extends ContentPage<Event> {

    @Inject
    private EventService events;

    @Inject
    private RegistrationResults results;

    private String key;
    private RegistrationResults.Result result;

    @Override
    protected Event find(String slug) {
        return events.event(slug);
    }

    @Override
    public void load() {
        super.load();
        if (getContent() == null) return;
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        result = results.find(key).filter(r -> r.eventId() == getContent().getId()).orElse(null);
        if (result == null) notFound();
    }

    public boolean isConfirmed() {
        return result.status() == RegistrationStatus.CONFIRMED;
    }

    public RegistrationResults.Result getResult() { return result; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
}
