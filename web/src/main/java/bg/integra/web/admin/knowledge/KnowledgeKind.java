package bg.integra.web.admin.knowledge;

import bg.integra.common.Languages;
import bg.integra.common.Translations;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.CaseText;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.InitiativeText;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.MeasureText;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.PracticeText;
import bg.integra.web.common.TextField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The kinds of item a member writes in the back-office, with what the pages need of each: the entity, its edit page,
 * its portal address and its texts per language. A new kind is one constant here, its draft's page and bean (a
 * {@link KnowledgeEditor}) and its fragment for the review (WEB-INF/includes/knowledge).
 */
public enum KnowledgeKind {

    PRACTICE(Practice.class, "practice", "/practices/", List.of(
            TextField.line("title", "kb.title", PracticeText.TITLE_LENGTH),
            TextField.line("funding", "knowledge.funding", PracticeText.FUNDING_LENGTH),
            TextField.paragraph("objectives", "knowledge.objectives", PracticeText.LONG_LENGTH),
            TextField.paragraph("activities", "knowledge.activities", PracticeText.LONG_LENGTH),
            TextField.paragraph("results", "knowledge.results", PracticeText.LONG_LENGTH),
            TextField.paragraph("evaluation", "knowledge.evaluation", PracticeText.LONG_LENGTH),
            TextField.paragraph("transferability", "knowledge.transferability", PracticeText.LONG_LENGTH)),
            item -> texts(((Practice) item).getTexts(), t -> named("title", t.getTitle(), "funding", t.getFunding(),
                    "objectives", t.getObjectives(), "activities", t.getActivities(), "results", t.getResults(),
                    "evaluation", t.getEvaluation(), "transferability", t.getTransferability()))),

    CASE(CaseStudy.class, "case", "/cases/", List.of(
            TextField.line("title", "kb.title", CaseText.TITLE_LENGTH),
            TextField.paragraph("situation", "knowledge.situation", CaseText.LONG_LENGTH),
            TextField.paragraph("question", "knowledge.question", CaseText.LONG_LENGTH),
            TextField.paragraph("actions", "knowledge.actions", CaseText.LONG_LENGTH),
            TextField.paragraph("outcome", "knowledge.outcome", CaseText.LONG_LENGTH),
            TextField.paragraph("lessons", "knowledge.lessons", CaseText.LONG_LENGTH)),
            item -> texts(((CaseStudy) item).getTexts(), CaseText::fields)),

    INITIATIVE(Initiative.class, "initiative", "/initiatives/", List.of(
            TextField.line("title", "kb.title", InitiativeText.TITLE_LENGTH),
            TextField.paragraph("summary", "kb.summary", InitiativeText.SUMMARY_LENGTH),
            TextField.paragraph("description", "knowledge.description", InitiativeText.DESCRIPTION_LENGTH),
            TextField.paragraph("partners", "knowledge.partners", InitiativeText.PARTNERS_LENGTH)),
            item -> texts(((Initiative) item).getTexts(), t -> named("title", t.getTitle(), "summary", t.getSummary(),
                    "description", t.getDescription(), "partners", t.getPartners()))),

    MEASURE(Measure.class, "measure", "/measures/", List.of(
            TextField.line("title", "kb.title", MeasureText.TITLE_LENGTH),
            TextField.paragraph("description", "kb.measureDescription", MeasureText.DESCRIPTION_LENGTH),
            TextField.line("addressee", "knowledge.addressee", MeasureText.ADDRESSEE_LENGTH),
            TextField.line("plan", "kb.plan", MeasureText.PLAN_LENGTH)),
            item -> texts(((Measure) item).getTexts(), t -> named("title", t.getTitle(), "description", t.getDescription(),
                    "addressee", t.getAddressee(), "plan", t.getPlan())));

    private final Class<? extends KnowledgeItem<?>> type;
    private final String page;
    private final String portalPath;
    private final List<TextField> textFields;
    private final Function<KnowledgeItem<?>, Map<String, Map<String, String>>> texts;

    KnowledgeKind(Class<? extends KnowledgeItem<?>> type, String page, String portalPath, List<TextField> textFields,
                  Function<KnowledgeItem<?>, Map<String, Map<String, String>>> texts) {
        this.type = type;
        this.page = page;
        this.portalPath = portalPath;
        this.textFields = textFields;
        this.texts = texts;
    }

    /** The kind of an item. */
    public static KnowledgeKind of(KnowledgeItem<?> item) {
        for (KnowledgeKind kind : values()) if (kind.type.isInstance(item)) return kind;
        throw new IllegalArgumentException("Not a kind of the back-office: " + item.getClass());
    }

    /** The kind named by a page's parameter, or the first for none or a name that is no kind. */
    public static KnowledgeKind named(String name) {
        for (KnowledgeKind kind : values()) if (kind.name().equals(name)) return kind;
        return PRACTICE;
    }

    public Class<? extends KnowledgeItem<?>> type() { return type; }

    /** The edit page's outcome, e.g. /admin/knowledge/practice.xhtml. */
    public String getPage() { return "/admin/knowledge/" + page + ".xhtml"; }

    /** The published item's address on the portal. */
    public String portalPath(KnowledgeItem<?> item) { return portalPath + item.getId(); }

    /** The texts every language of the item has, named as the form and the service name them; the title first. */
    public List<TextField> getTextFields() { return textFields; }

    /** Language (in the portal's order) → the item's texts in it, by name, the title first. */
    public Map<String, Map<String, String>> texts(KnowledgeItem<?> item) { return texts.apply(item); }

    /** The item's title in the language, or in its fallback. */
    public String title(KnowledgeItem<?> item, String lang) {
        Map<String, String> text = Translations.text(texts(item), lang);
        return text == null ? "" : text.get("title");
    }

    public String getName() { return name(); }

    private static <T> Map<String, Map<String, String>> texts(Map<String, T> values, Function<T, Map<String, String>> named) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String lang : Languages.PORTAL) if (values.get(lang) != null) texts.put(lang, named.apply(values.get(lang)));
        values.forEach((lang, value) -> texts.putIfAbsent(lang, named.apply(value)));
        return texts;
    }

    private static Map<String, String> named(String... nameAndText) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) named.put(nameAndText[i], nameAndText[i + 1]);
        return named;
    }
}
