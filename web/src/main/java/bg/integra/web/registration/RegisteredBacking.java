package bg.integra.web.registration;

import bg.integra.registration.RegistrationStatus;
import bg.integra.web.event.EventPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /events/{slug}/registered?r=…: where the registration form redirects after a registration, saying whether the
 * place is confirmed or on the waitlist (and where) and that an e-mail went out. A key that is unknown, too old
 * or of another event is the 404 page; the page is never cached, as it names the visitor's e-mail address.
 */
@Named
@RequestScoped
public class RegisteredBacking extends EventPage {

    @Inject
    private RegistrationResults results;

    private String key;
    private RegistrationResults.Result result;

    @Override
    public void load() {
        super.load();
        if (getContent() == null) return;
        notStored().setHeader("Referrer-Policy", "no-referrer");
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
