package bg.integra.web.admin.forum;

import bg.integra.common.Languages;
import bg.integra.forum.CategoryText;
import bg.integra.forum.ForumCategories;
import bg.integra.forum.ForumCategory;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.TextField;
import bg.integra.web.common.TranslatedText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * admin/forum/categories.xhtml (administrators only: web.xml's AdministratorOnly and the service's role): the forum's
 * categories in the front page's order, and a form for a new one or the one being edited, with its name and
 * description per language. A save after someone else's is refused with the conflict message; what was typed stays.
 */
@Named
@ViewScoped
public class ForumCategoriesBacking implements Serializable {

    private static final String FORM = "category:";
    private static final List<TextField> TEXT_FIELDS = List.of(
            TextField.line("name", "fm.cat.name", CategoryText.NAME_LENGTH),
            TextField.paragraph("description", "fm.cat.description", CategoryText.DESCRIPTION_LENGTH));
    private static final Set<String> FIELDS = Set.of("slug", "language", "position");

    @Inject
    private ForumCategories categories;

    private List<ForumCategory> items;

    private Long editingId;
    private long editingVersion;
    private String slug;
    private String language;
    private int position;
    private TranslatedText texts = TranslatedText.empty();

    @PostConstruct
    void init() {
        load();
        clear();
    }

    private void load() {
        items = categories.list();
    }

    public void edit(ForumCategory category) {
        editingId = category.getId();
        editingVersion = category.getVersion();
        slug = category.getSlug();
        language = category.getLanguage();
        position = category.getPosition();
        texts = TranslatedText.ofFields(category.getTexts(), text -> {
            Map<String, String> named = new LinkedHashMap<>();
            named.put("name", text.getName());
            named.put("description", text.getDescription());
            return named;
        });
    }

    public void startNew() {
        clear();
    }

    public void save() {
        Map<String, CategoryText> values = texts.rowValues(row -> new CategoryText(row.getText(), row.getFields().get("description")));
        for (String lang : texts.getUntitled()) {
            FacesMessages.error(FORM + "name_" + lang, "fm.cat.nameForTranslation");
            FacesContext.getCurrentInstance().validationFailed();
        }
        if (FacesContext.getCurrentInstance().isValidationFailed()) return;
        try {
            if (editingId == null) {
                categories.create(slug, language, position, values);
            } else {
                categories.update(editingId, editingVersion, slug, language, position, values);
            }
        } catch (RuntimeException e) {
            BackofficeErrors.showAtFields(e, this::clientId);
            return;
        }
        FacesMessages.info("bo.saved");
        load();
        clear();
    }

    public void cancel() {
        clear();
    }

    /** The input of a field as the service names it: {@code name} is the Bulgarian row's, {@code description.en} English's. */
    private String clientId(String field) {
        int dot = field.indexOf('.');
        String name = dot < 0 ? field : field.substring(0, dot);
        if (name.equals("name") || name.equals("description")) {
            String lang = dot < 0 ? Languages.DEFAULT : field.substring(dot + 1);
            return texts.shows(lang) ? FORM + name + "_" + lang : null;
        }
        return FIELDS.contains(field) ? FORM + field : null;
    }

    private void clear() {
        editingId = null;
        editingVersion = 0;
        slug = null;
        language = null;
        position = items == null ? 10 : items.stream().mapToInt(ForumCategory::getPosition).max().orElse(0) + 10;
        texts = TranslatedText.empty();
    }

    public List<ForumCategory> getItems() { return items; }
    public List<TextField> getTextFields() { return TEXT_FIELDS; }
    public List<String> getLanguages() { return Languages.PORTAL; }
    public boolean isEditing() { return editingId != null; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public TranslatedText getTexts() { return texts; }
}
