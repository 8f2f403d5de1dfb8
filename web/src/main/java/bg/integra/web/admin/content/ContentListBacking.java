package bg.integra.web.admin.content;

import bg.integra.common.Languages;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.content.Content;
import bg.integra.content.ContentService;
import bg.integra.content.ContentType;
import bg.integra.content.PublicationStatus;
import bg.integra.web.security.StaffView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** admin/content/list.xhtml: all content of every kind and status, newest change first, paged in the database. */
@Named
@ViewScoped
public class ContentListBacking implements Serializable {

    @Inject
    private ContentService content;

    @Inject
    private StaffView staff;

    private ContentType type;
    private PublicationStatus status;
    private String text;

    private final LazyDataModel<Content> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) content.list(type, status, text, new PageRequest(0, 1)).totalItems();
        }

        @Override
        public List<Content> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            Page<Content> page = content.list(type, status, text, new PageRequest(first / size, size));
            setRowCount((int) page.totalItems());
            return page.items();
        }

        @Override
        public String getRowKey(Content item) {
            return String.valueOf(item.getId());
        }

        @Override
        public Content getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(c -> String.valueOf(c.getId()).equals(rowKey)).findFirst().orElse(null);
        }
    };

    /** The languages an item is written in, of those its kind is written in (information: all seven). */
    public String coverage(Content item) {
        List<String> expected = EditContentBacking.languagesOf(item.getType());
        long present = expected.stream().filter(item::isTranslatedInto).count();
        return String.join(" ", item.getLanguages()) + " (" + present + "/" + expected.size() + ")";
    }

    public boolean fullyTranslated(Content item) {
        return EditContentBacking.languagesOf(item.getType()).stream().allMatch(item::isTranslatedInto);
    }

    public LazyDataModel<Content> getModel() { return model; }
    public ContentType getType() { return type; }
    public void setType(ContentType type) { this.type = type; }
    public PublicationStatus getStatus() { return status; }
    public void setStatus(PublicationStatus status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    /** The kinds the caller may list and create: all for editors, events for a coordinator. */
    public ContentType[] getTypes() {
        return staff.isContentStaff() ? ContentType.values() : new ContentType[]{ContentType.EVENT};
    }
    public PublicationStatus[] getStatuses() { return PublicationStatus.values(); }
    public String getDefaultLanguage() { return Languages.DEFAULT; }
}
