package bg.integra.web.admin.network;

import bg.integra.network.DirectoryKeeping;
import bg.integra.network.Location;
import bg.integra.network.Service;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;


/**
 * admin/network/index.xhtml: the directory records of one member organisation (the member's own; an administrator
 * picks one), each with when and by whom it was last checked, those not checked for a year flagged, and a button
 * that confirms a record as still true.
 */
@Named
@ViewScoped
public class DirectoryKeepingBacking extends MemberPage {

    private DirectoryKeeping.Records records;

    @Override
    protected void reload() {
        records = organisationId == null ? null : keeping.recordsOf(organisationId); // not theirs: the 404 page
    }

    public void verify(Location location) {
        try {
            keeping.verifyLocation(location.getId(), location.getVersion());
            FacesMessages.info("net.confirmed");
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        reload();
    }

    public void verify(Service service) {
        try {
            keeping.verifyService(service.getId(), service.getVersion());
            FacesMessages.info("net.confirmed");
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        reload();
    }

    /** "2 records have not been checked…", for the notice above the tables. */
    public String getStaleDetail() {
        return records == null ? null : FacesMessages.text("net.staleDetail", records.getStale());
    }

    public DirectoryKeeping.Records getRecords() { return records; }
}
