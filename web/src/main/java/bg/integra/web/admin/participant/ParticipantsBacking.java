package bg.integra.web.admin.participant;

import bg.integra.common.Text;
import bg.integra.privacy.PersonalDataService;
import bg.integra.registration.Registration;
import bg.integra.web.common.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * admin/participants/index.xhtml: an administrator, or a coordinator for their own organisation's events, finds
 * a person's registrations by e-mail, downloads everything stored about them as JSON, and erases them.
 */
@Named
@ViewScoped
public class ParticipantsBacking implements Serializable {

    @Inject
    private PersonalDataService personalData;

    private String email;
    /** The address the list below was found for; export and erasure act on it, not on an edited field. */
    private String searched;
    private List<Registration> registrations = List.of();
    private boolean confirmed;

    public void find() {
        searched = Text.blankToNull(email);
        if (searched == null) {
            FacesMessages.error("form:email", "bo.required");
            registrations = List.of();
            return;
        }
        registrations = personalData.find(searched);
        if (registrations.isEmpty()) FacesMessages.info("gdpr.none");
    }

    /** Sends the JSON document as a download. */
    public void export() throws IOException {
        if (searched == null || registrations.isEmpty()) return;
        byte[] json = personalData.export(searched).getBytes(StandardCharsets.UTF_8);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/json;charset=UTF-8");
        external.setResponseContentLength(json.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"personal-data.json\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(json);
        }
        faces.responseComplete();
    }

    public void erase() {
        if (searched == null || registrations.isEmpty()) return;
        if (!confirmed) {
            FacesMessages.error("form:confirm", "gdpr.confirmRequired");
            return;
        }
        int erased = personalData.erase(searched);
        FacesMessages.info("gdpr.erased", erased);
        registrations = List.of();
        confirmed = false;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getSearched() { return searched; }
    public List<Registration> getRegistrations() { return registrations; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
