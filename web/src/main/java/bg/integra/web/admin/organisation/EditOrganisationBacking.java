package bg.integra.web.admin.organisation;

import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import bg.integra.organisation.OrganisationService;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.TranslatedText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/** admin/organisations/edit.xhtml: a new organisation, or one that exists ({@code ?id=}). */
@Named
@ViewScoped
public class EditOrganisationBacking implements Serializable {

    @Inject
    private OrganisationService organisations;

    private Long id;
    private Organisation organisation;
    private TranslatedText names;

    public void load() throws IOException {
        if (organisation != null) return; // a postback keeps the copy being edited
        if (id == null) {
            organisation = new Organisation("-", OrganisationKind.NGO, Region.SOFIA_CITY);
            names = TranslatedText.empty();
            return;
        }
        organisation = organisations.get(id); // not found: the 404 page (ServiceExceptionHandler)
        names = TranslatedText.of(organisation.getNames());
    }

    public String save() {
        organisation.setNames(names.texts());
        try {
            if (organisation.getId() == null) {
                organisations.create(organisation);
            } else {
                organisations.update(organisation);
            }
            FacesMessages.info("bo.saved");
            return "/admin/organisations/list.xhtml?faces-redirect=true";
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
            return null;
        }
    }

    public boolean isNew() { return organisation == null || organisation.getId() == null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Organisation getOrganisation() { return organisation; }
    public TranslatedText getNames() { return names; }
    public OrganisationKind[] getKinds() { return OrganisationKind.values(); }
    public Region[] getRegions() { return Region.values(); }
}
