package bg.integra.web.admin.knowledge;

import bg.integra.common.Languages;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.knowledge.KnowledgeEditing;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.KnowledgeStatus;
import bg.integra.web.common.BackofficeLocale;
import bg.integra.web.common.Choices;
import bg.integra.web.common.Choices.Choice;
import bg.integra.web.security.StaffView;
import bg.integra.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * admin/knowledge/index.xhtml: the items of one kind the caller keeps (a member its organisation's, an editor every
 * member's or one member's, picked from those matching what is typed), newest first, paged in the database,
 * filtered by status; each with where it is in the review and the reviewer's comment when it was sent back.
 */
@Named
@ViewScoped
public class KnowledgeListBacking implements Serializable {

    @Inject
    private KnowledgeEditing editing;

    @Inject
    private StaffView staff;

    @Inject
    private BackofficeLocale locale;

    private String kindParameter;
    private KnowledgeKind kind = KnowledgeKind.PRACTICE;
    private KnowledgeStatus status;
    private boolean loaded;
    private Choice organisation;
    private final Choices members = new Choices();

    private final PagedModel<KnowledgeItem<?>> model = PagedModel.of(this::read, KnowledgeItem::getId);

    private Page<? extends KnowledgeItem<?>> read(PageRequest request) {
        return editing.list(kind.type(), status, getOrganisationId(), request);
    }

    public void load() {
        if (loaded) return; // a postback keeps the filters
        loaded = true;
        kind = KnowledgeKind.named(kindParameter);
    }

    /** The picker of the member whose items are listed (editors and administrators). */
    public List<Choice> completeMembers(String typed) {
        return members.offer(MemberChoices.matching(editing, typed, locale.getLang()));
    }

    public String title(KnowledgeItem<?> item) {
        return kind.title(item, Languages.DEFAULT);
    }

    /** Sent back and not yet mended and submitted again: the reviewer's comment is what the writer reads first. */
    public boolean sentBack(KnowledgeItem<?> item) {
        return item.getStatus() == KnowledgeStatus.DRAFT && item.getReviewComment() != null;
    }

    public PagedModel<KnowledgeItem<?>> getModel() { return model; }
    public KnowledgeKind[] getKinds() { return KnowledgeKind.values(); }
    public KnowledgeStatus[] getStatuses() { return KnowledgeStatus.values(); }
    public Choices getMembers() { return members; }
    /** Editors and administrators see every member's items and say whose each is. */
    public boolean isAllMembers() { return staff.isContentStaff(); }

    public String getKindParameter() { return kindParameter; }
    public void setKindParameter(String kindParameter) { this.kindParameter = kindParameter; }
    public KnowledgeKind getKind() { return kind; }
    public void setKind(KnowledgeKind kind) { this.kind = kind == null ? KnowledgeKind.PRACTICE : kind; }
    public KnowledgeStatus getStatus() { return status; }
    public void setStatus(KnowledgeStatus status) { this.status = status; }
    public Choice getOrganisation() { return organisation; }
    public void setOrganisation(Choice organisation) { this.organisation = organisation; }
    /** The member picked, whose new item the "new" button makes; null for every member. */
    public Long getOrganisationId() { return organisation == null ? null : organisation.id(); }
}
