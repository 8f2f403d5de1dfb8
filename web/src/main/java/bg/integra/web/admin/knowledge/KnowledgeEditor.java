package bg.integra.web.admin.knowledge;

import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.knowledge.KnowledgeDraft;
import bg.integra.knowledge.KnowledgeEditing;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.KnowledgeReview;
import bg.integra.knowledge.KnowledgeStatus;
import bg.integra.organisation.Organisation;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.BackofficeLocale;
import bg.integra.web.common.Choices;
import bg.integra.web.common.Choices.Choice;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.ServiceExceptionHandler;
import bg.integra.web.common.TextField;
import bg.integra.web.common.TranslatedText;
import bg.integra.web.security.StaffView;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the edit pages of the knowledge base share (admin/knowledge/practice.xhtml, case.xhtml): the item as read
 * (and so its version: a save after someone else's is refused with the conflict message, and what was typed stays),
 * its texts per language, its organisation (an editor picks one for a new item from the members matching what was
 * typed; a member's is its own), and save, submit for review and
 * delete. A refusal of the service names fields; each becomes a message at its input. A kind's own fields are the
 * subclass's.
 *
 * @param <T> the kind of item
 */
public abstract class KnowledgeEditor<T extends KnowledgeItem<?>> implements Serializable {

    private static final String FORM = "form:";

    @Inject
    private KnowledgeEditing editing;

    @Inject
    private KnowledgeReview review;

    @Inject
    private StaffView staff;

    @Inject
    private BackofficeLocale locale;

    private String idParameter;
    private Long organisationParameter;
    private boolean loaded;
    private T item;
    private Long organisationId;
    private Choice organisation;
    private boolean choosesOrganisation;
    private final Choices members = new Choices();
    private TranslatedText texts = TranslatedText.empty();

    protected abstract KnowledgeKind kind();

    protected abstract Class<T> type();

    /** The kind's own fields from the stored item. */
    protected abstract void fill(T item);

    /** The form as the service's draft, the texts made from the rows of the languages shown. */
    protected abstract KnowledgeDraft<T> draft(TranslatedText texts);

    /** The names of the kind's own inputs, which are also the service's names of those fields. */
    protected abstract Set<String> fieldNames();

    public void load() {
        if (loaded) return; // a postback keeps the copy being edited
        loaded = true;
        if (idParameter != null && !idParameter.isBlank()) {
            long id;
            try {
                id = Long.parseLong(idParameter.strip());
            } catch (NumberFormatException e) {
                ServiceExceptionHandler.notFound(FacesContext.getCurrentInstance());
                return;
            }
            item = editing.get(type(), id); // missing or another organisation's: the 404 page
            fillAll();
            return;
        }
        start();
        if (FacesContext.getCurrentInstance().getResponseComplete()) return;
        choosesOrganisation = staff.isContentStaff();
        if (!choosesOrganisation) {
            List<Organisation> own = editing.writers(null, new PageRequest(0, 1)).items();
            if (!own.isEmpty()) setOrganisation(MemberChoices.of(own.get(0), locale.getLang()));
        } else if (organisationParameter != null) {
            try {
                setOrganisation(members.offer(MemberChoices.of(editing.writer(organisationParameter), locale.getLang())));
            } catch (NotFoundException e) {
                // not a member (any more): the editor picks one
            }
        }
    }

    /** What a new item's form starts from (empty by default; a case may start from a solved forum topic). */
    protected void start() {
    }

    /** Sets the texts a new item's form starts with. */
    protected void startWith(TranslatedText texts) {
        this.texts = texts;
    }

    /** The picker of a new item's member (editors and administrators): a page of those matching what was typed. */
    public List<Choice> completeMembers(String typed) {
        return members.offer(MemberChoices.matching(editing, typed, locale.getLang()));
    }

    private void fillAll() {
        organisationId = item.getOrganisation().getId();
        texts = TranslatedText.ofFields(kind().texts(item), Function.identity());
        fill(item);
    }

    // actions

    public String save() {
        boolean created = item == null;
        if (!store()) return null;
        FacesMessages.info("bo.saved");
        return created ? itsOwnAddress() : null;
    }

    /** Saves what was typed, then submits it for review; a refusal names the fields to mend, the draft is kept. */
    public String submit() {
        boolean created = item == null;
        if (!store()) return null;
        try {
            item = review.submit(type(), item.getId());
            fillAll();
        } catch (RuntimeException e) {
            refused(e);
            FacesMessages.error(null, "kb.savedNotSubmitted");
            return null;
        }
        FacesMessages.info("kb.submittedNow");
        return created ? itsOwnAddress() : null;
    }

    public String delete() {
        if (item == null) return null;
        try {
            editing.delete(type(), item.getId(), item.getVersion());
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
            return null;
        }
        FacesMessages.info("bo.deleted");
        return "/admin/knowledge/index.xhtml?faces-redirect=true&kind=" + kind().name();
    }

    /** Creates or updates the item from the form; false (with messages) when it was refused. */
    private boolean store() {
        boolean valid = true;
        for (String lang : texts.getUntitled()) {
            FacesMessages.error(FORM + "title_" + lang, "cnt.titleForTranslation");
            valid = false;
        }
        if (item == null && organisationId == null) {
            FacesMessages.error(FORM + "organisation", "bo.required");
            valid = false;
        }
        if (!valid) {
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        try {
            KnowledgeDraft<T> draft = draft(texts);
            item = item == null ? editing.create(organisationId, draft) : editing.update(item.getId(), item.getVersion(), draft);
            fillAll();
            return true;
        } catch (RuntimeException e) {
            refused(e);
            return false;
        }
    }

    private void refused(RuntimeException e) {
        BackofficeErrors.showAtFields(e, this::clientId);
        if (FacesContext.getCurrentInstance().isValidationFailed()) FacesMessages.error(null, "kb.seeFields");
    }

    /** The input of a field as the service names it: {@code situation} is the Bulgarian row's, {@code situation.en} English's. */
    protected String clientId(String field) {
        return TextField.clientId(FORM, kind().getTextFields(), texts, fieldNames(), field);
    }

    private String itsOwnAddress() {
        return kind().getPage() + "?faces-redirect=true&id=" + item.getId(); // a reload edits it rather than creating another
    }

    // for the page

    public boolean isNew() { return item == null; }
    public T getItem() { return item; }
    public KnowledgeKind getKind() { return kind(); }
    public TranslatedText getTexts() { return texts; }
    /** An editor's or administrator's new item: its member is picked; a member's is its own. */
    public boolean isChoosesOrganisation() { return item == null && choosesOrganisation; }
    public Choices getMembers() { return members; }
    public Choice getOrganisation() { return organisation; }
    public void setOrganisation(Choice organisation) {
        if (item != null) return;
        this.organisation = organisation;
        this.organisationId = organisation == null ? null : organisation.id();
    }
    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { if (!loaded) this.idParameter = idParameter; }
    public Long getOrganisationParameter() { return organisationParameter; }
    public void setOrganisationParameter(Long organisationParameter) { if (!loaded) this.organisationParameter = organisationParameter; }
    public String getTitle() { return item == null ? null : kind().title(item, Languages.DEFAULT); }

    /** A member's change of a submitted or published item takes it back to a draft (the service's rule, said first). */
    public boolean isChangeWithdraws() { return item != null && item.getStatus() != KnowledgeStatus.DRAFT && !staff.isContentStaff(); }
    public boolean isSubmittable() { return item == null || !item.isPublished(); }
    /** Drafts and submitted items; a published one only by an editor or administrator. */
    public boolean isDeletable() { return item != null && (!item.isPublished() || staff.isContentStaff()); }
    public boolean isSentBack() { return item != null && item.getReviewComment() != null; }
    public String getPortalPath() { return item == null ? null : kind().portalPath(item); }
}
