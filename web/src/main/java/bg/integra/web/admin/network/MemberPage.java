package bg.integra.web.admin.network;

import bg.integra.network.DirectoryKeeping;
import bg.integra.organisation.Organisation;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.List;

/**
 * A back-office page about one member organisation's records: a member's own, or the one an administrator picks
 * from every member ({@link DirectoryKeeping#keptOrganisations}). Another organisation's id typed into the form is
 * refused by the service (the 404 page), not here.
 */
abstract class MemberPage implements Serializable {

    @Inject
    protected DirectoryKeeping keeping;

    private List<Organisation> organisations;
    protected Long organisationId;

    public void load() {
        if (organisations != null) return; // a postback keeps what was shown
        organisations = keeping.keptOrganisations();
        if (organisationId == null && !organisations.isEmpty()) organisationId = organisations.get(0).getId();
        reload();
    }

    /** Reads the chosen organisation's records again. */
    protected abstract void reload();

    /** Another organisation chosen (administrators). */
    public void change() {
        reload();
    }

    public List<Organisation> getOrganisations() { return organisations; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
}
