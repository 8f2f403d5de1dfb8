package bg.integra.web.admin.content;

import bg.integra.common.Languages;
import bg.integra.content.Content;
import bg.integra.content.ContentService;
import bg.integra.content.ContentType;
import bg.integra.content.PublicationStatus;
import bg.integra.web.security.StaffView;
import bg.integra.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

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

    private final PagedModel<Content> model = PagedModel.of(request -> content.list(type, status, text, request), Content::getId);

    /** The languages an item is written in, of those its kind is written in (information: all seven). */
    public String coverage(Content item) {
        List<String> expected = EditContentBacking.languagesOf(item.getType());
        long present = expected.stream().filter(item::isTranslatedInto).count();
        return String.join(" ", item.getLanguages()) + " (" + present + "/" + expected.size() + ")";
    }

    public boolean fullyTranslated(Content item) {
        return EditContentBacking.languagesOf(item.getType()).stream().allMatch(item::isTranslatedInto);
    }

    public PagedModel<Content> getModel() { return model; }
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
