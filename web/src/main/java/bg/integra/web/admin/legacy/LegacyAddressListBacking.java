package bg.integra.web.admin.legacy;

import bg.integra.common.ConflictException;
import bg.integra.legacy.LegacyAddress;
import bg.integra.legacy.LegacyAddressService;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.ServiceExceptionHandler;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * admin/legacy/list.xhtml (administrators only): the keys of the old {@code Main.do} addresses and the paths
 * they now lead to. A key is its own identity, so editing changes only where it leads; a wrong key is deleted.
 */
@Named
@ViewScoped
public class LegacyAddressListBacking implements Serializable {

    @Inject
    private LegacyAddressService legacyAddresses;

    private List<LegacyAddress> items;

    // the form: a new key, or the target of the one being edited
    private Long editingId;
    private long editingVersion;
    private String parameter = LegacyAddressService.PARAMETERS.get(0);
    private String key;
    private String targetPath;

    @PostConstruct
    void load() {
        items = legacyAddresses.findAll();
    }

    public void save() {
        try {
            if (editingId == null) {
                legacyAddresses.create(parameter, key, targetPath);
            } else {
                legacyAddresses.changeTarget(editingId, editingVersion, targetPath);
            }
            FacesMessages.info("bo.saved");
            clear();
        } catch (RuntimeException e) {
            showAtField(e);
        }
        load();
    }

    public void edit(LegacyAddress address) {
        editingId = address.getId();
        editingVersion = address.getVersion();
        parameter = address.getParameter();
        key = address.getKeyValue();
        targetPath = address.getTargetPath();
    }

    public void cancel() {
        clear();
    }

    public void delete(LegacyAddress address) {
        try {
            legacyAddresses.delete(address.getId(), address.getVersion());
            FacesMessages.info("bo.deleted");
            if (address.getId().equals(editingId)) clear();
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        load();
    }

    /** A taken key or a foreign target belongs to its field; everything else to the form. */
    private void showAtField(RuntimeException e) {
        Throwable cause = ServiceExceptionHandler.cause(e);
        if (cause instanceof ConflictException c && LegacyAddressService.DUPLICATE.equals(c.reason())) {
            FacesMessages.error("legacy:key", c.reason());
        } else if (cause instanceof ConflictException c && LegacyAddressService.INVALID_TARGET.equals(c.reason())) {
            FacesMessages.error("legacy:target", c.reason());
        } else {
            BackofficeErrors.show(e);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void clear() {
        editingId = null;
        editingVersion = 0;
        key = null;
        targetPath = null;
        parameter = LegacyAddressService.PARAMETERS.get(0);
    }

    public List<LegacyAddress> getItems() { return items; }
    public List<String> getParameters() { return LegacyAddressService.PARAMETERS; }
    public boolean isEditing() { return editingId != null; }
    public String getParameter() { return parameter; }
    public void setParameter(String parameter) { this.parameter = parameter; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getTargetPath() { return targetPath; }
    public void setTargetPath(String targetPath) { this.targetPath = targetPath; }
}
