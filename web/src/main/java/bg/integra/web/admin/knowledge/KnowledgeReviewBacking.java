package bg.integra.web.admin.knowledge;

import bg.integra.common.Languages;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.knowledge.KnowledgeEditing;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.KnowledgeReview;
import bg.integra.knowledge.KnowledgeStatus;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.ServiceExceptionHandler;
import bg.integra.web.common.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * admin/knowledge/review.xhtml (editors and administrators): the items of one kind waiting for review, of every
 * member, the longest waiting first, or those published; one opened read-only with all its fields and languages
 * ({@code ?kind=CASE&id=}), published as it was read, sent back with a comment (required), or unpublished.
 */
@Named
@ViewScoped
public class KnowledgeReviewBacking implements Serializable {

    @Inject
    private KnowledgeReview review;

    @Inject
    private KnowledgeEditing editing;

    private String kindParameter;
    private String idParameter;
    private boolean loaded;
    private KnowledgeKind kind = KnowledgeKind.PRACTICE;
    private boolean published;
    private KnowledgeItem<?> item;
    private String comment;

    private final PagedModel<KnowledgeItem<?>> model = PagedModel.of(this::read, KnowledgeItem::getId);

    private Page<? extends KnowledgeItem<?>> read(PageRequest request) {
        return published ? editing.list(kind.type(), KnowledgeStatus.PUBLISHED, null, request) : review.waiting(kind.type(), request);
    }

    public void load() {
        if (loaded) return;
        loaded = true;
        kind = KnowledgeKind.named(kindParameter);
        if (idParameter == null || idParameter.isBlank()) return;
        try {
            open(Long.parseLong(idParameter.strip()));
        } catch (NumberFormatException e) {
            ServiceExceptionHandler.notFound(FacesContext.getCurrentInstance());
        }
    }

    /** Another kind, or the published ones instead of the queue: nothing is open any more. */
    public void change() {
        item = null;
    }

    public void open(long id) {
        item = editing.get(kind.type(), id);
        comment = null;
    }

    public void close() {
        item = null;
    }

    public void publish() {
        act(() -> review.publish(kind.type(), item.getId(), item.getVersion()), "kb.publishedNow");
    }

    public void unpublish() {
        act(() -> review.unpublish(kind.type(), item.getId()), "kb.unpublishedNow");
    }

    /** Back to its writer with the comment; the dialog stays open with the message when the comment is refused. */
    public void sendBack() {
        try {
            review.sendBack(kind.type(), item.getId(), comment);
        } catch (RuntimeException e) {
            BackofficeErrors.showAtFields(e, field -> field.equals("comment") ? "sendBackForm:comment" : null);
            PrimeFaces.current().ajax().addCallbackParam("refused", true);
            return;
        }
        FacesMessages.info("kb.sentBackNow");
        item = null;
        comment = null;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
            return;
        }
        FacesMessages.info(done);
        item = null;
    }

    public String title(KnowledgeItem<?> i) {
        return kind.title(i, Languages.DEFAULT);
    }

    /** Language → the open item's texts in it, by name; the page names each language in its own words. */
    public Map<String, Map<String, String>> getTexts() {
        return item == null ? Map.of() : kind.texts(item);
    }

    public List<String> getLanguages() { return List.copyOf(getTexts().keySet()); }
    public String dir(String lang) { return Languages.direction(lang); }

    public PagedModel<KnowledgeItem<?>> getModel() { return model; }
    public KnowledgeKind[] getKinds() { return KnowledgeKind.values(); }
    public KnowledgeItem<?> getItem() { return item; }
    public boolean isSubmitted() { return item != null && item.getStatus() == KnowledgeStatus.SUBMITTED; }
    public String getPortalPath() { return item == null ? null : kind.portalPath(item); }
    public String getKindParameter() { return kindParameter; }
    public void setKindParameter(String kindParameter) { if (!loaded) this.kindParameter = kindParameter; }
    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { if (!loaded) this.idParameter = idParameter; }
    public KnowledgeKind getKind() { return kind; }
    public void setKind(KnowledgeKind kind) { this.kind = kind == null ? KnowledgeKind.PRACTICE : kind; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public int getCommentLength() { return KnowledgeItem.COMMENT_LENGTH; }
}
