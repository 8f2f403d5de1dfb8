package bg.integra.web.admin.organisation;

import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationService;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** admin/organisations/list.xhtml: every organisation of the network. */
@Named
@ViewScoped
public class OrganisationListBacking implements Serializable {

    @Inject
    private OrganisationService organisations;

    private List<Organisation> items;

    @PostConstruct
    void load() {
        items = organisations.findAll();
    }

    public void delete(Organisation organisation) {
        try {
            organisations.delete(organisation.getId(), organisation.getVersion());
            FacesMessages.info("bo.deleted");
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        load();
    }

    public List<Organisation> getItems() { return items; }
}
