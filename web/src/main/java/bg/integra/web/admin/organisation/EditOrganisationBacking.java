package bg.integra.web.admin.organisation;

import bg.integra.common.Languages;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import bg.integra.organisation.OrganisationService;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
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
    private String nameBg;
    private String nameEn;

    public void load() throws IOException {
        if (organisation != null) return; // a postback keeps the copy being edited
        if (id == null) {
            organisation = new Organisation("-", OrganisationKind.NGO, Region.SOFIA_CITY);
            nameBg = null;
            return;
        }
        organisation = organisations.get(id); // not found: the 404 page (ServiceExceptionHandler)
        nameBg = organisation.getNames().get(Languages.DEFAULT);
        nameEn = organisation.getNames().get(Languages.ENGLISH);
    }

    public String save() {
        organisation.setName(Languages.DEFAULT, nameBg);
        organisation.setName(Languages.ENGLISH, nameEn);
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
    public String getNameBg() { return nameBg; }
    public void setNameBg(String nameBg) { this.nameBg = nameBg; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public OrganisationKind[] getKinds() { return OrganisationKind.values(); }
    public Region[] getRegions() { return Region.values(); }
}
