package bg.integra.web.common;

import bg.integra.common.Languages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The form model of one translated field (a name, a title, or a project's title with its summary): a row per
 * language the record has, each with its text and, for a field of two texts, a detail. Bulgarian is always shown
 * and required, and so are the other languages staff write in ({@link Languages#SUPPORTED}) so that an English
 * field is there to fill; a member of staff adds any other language the portal speaks that the record does not
 * have yet and removes a row again. What the form writes back is a map of the rows whose text is not blank: a
 * blank row is no translation. The page draws it with the tag {@code <i:translated>} (WEB-INF/tags).
 */
public class TranslatedText implements Serializable {

    /**
     * One language's row; {@code detail} is unused by a field of one text, {@code fields} by all but a record of
     * several named texts per language ({@link #ofFields}).
     */
    public static final class Row implements Serializable {
        private String text;
        private String detail;
        private boolean shown;
        private final HashMap<String, String> fields = new HashMap<>();

        /** The row's other named texts (a practice's objectives, results …); the page binds {@code fields['results']}. */
        public Map<String, String> getFields() { return fields; }

        /** Whether anything but the text was typed: a translation that lacks its text (its title). */
        boolean hasMore() {
            return (detail != null && !detail.isBlank()) || fields.values().stream().anyMatch(v -> v != null && !v.isBlank());
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getDetail() { return detail; }
        public void setDetail(String detail) { this.detail = detail; }
    }

    /** Every language the portal speaks has a row, shown or not, so that the page can bind to any of them. */
    private final Map<String, Row> rows = new LinkedHashMap<>();

    private TranslatedText() {
        for (String lang : Languages.PORTAL) rows.put(lang, new Row());
        for (String lang : Languages.SUPPORTED) rows.get(lang).shown = true;
    }

    /** The rows of a field of one text per language. */
    public static TranslatedText of(Map<String, String> texts) {
        return of(texts, Function.identity(), text -> null);
    }

    /** The rows of a field whose value per language holds a text and a detail (a title and a summary). */
    public static <T> TranslatedText of(Map<String, T> values, Function<T, String> text, Function<T, String> detail) {
        TranslatedText model = new TranslatedText();
        // a language the portal does not speak (yet) is kept as it is: the form shows no row for it but loses nothing
        values.forEach((lang, value) -> {
            Row row = model.rows.computeIfAbsent(lang, l -> new Row());
            row.text = text.apply(value);
            row.detail = detail.apply(value);
            row.shown = true;
        });
        return model;
    }

    /**
     * The rows of a record of several named texts per language (a practice: title, objectives, results …): the
     * first name is the row's text, which decides whether the language has a translation; the others are its
     * {@link Row#getFields() fields}.
     */
    public static <T> TranslatedText ofFields(Map<String, T> values, Function<T, Map<String, String>> fields) {
        TranslatedText model = new TranslatedText();
        values.forEach((lang, value) -> {
            Row row = model.rows.computeIfAbsent(lang, l -> new Row());
            Map<String, String> named = fields.apply(value);
            boolean first = true;
            for (Map.Entry<String, String> field : named.entrySet()) {
                if (first) row.text = field.getValue();
                else row.fields.put(field.getKey(), field.getValue());
                first = false;
            }
            row.shown = true;
        });
        return model;
    }

    /** A new record's rows: empty, in the languages staff write in. */
    public static TranslatedText empty() {
        return of(Map.of());
    }

    /** Language code → row; the page binds {@code rows[lang].text}. */
    public Map<String, Row> getRows() { return rows; }

    public boolean shows(String lang) {
        Row row = rows.get(lang);
        return row != null && row.shown;
    }

    /** The languages shown, in the portal's order. */
    public List<String> getLanguages() {
        return rows.keySet().stream().filter(this::shows).toList();
    }

    /** The languages the portal speaks that have no row yet. */
    public List<String> getAddable() {
        return Languages.PORTAL.stream().filter(lang -> !shows(lang)).toList();
    }

    public boolean isAddable(String lang) { return getAddable().contains(lang); }
    public boolean isRequired(String lang) { return Languages.DEFAULT.equals(lang); }
    public boolean isRemovable(String lang) { return shows(lang) && !isRequired(lang); }
    public String dir(String lang) { return Languages.direction(lang); }

    /** Shows an empty row for a language the portal speaks. */
    public void add(String lang) {
        if (!Languages.PORTAL.contains(lang)) throw new IllegalArgumentException("Not a language of the portal: " + lang);
        rows.get(lang).shown = true;
    }

    /** Drops the row and what was typed in it; Bulgarian stays. */
    public void remove(String lang) {
        if (isRequired(lang)) throw new IllegalArgumentException("The Bulgarian row is required");
        Row row = rows.get(lang);
        if (row == null) return;
        row.shown = false;
        row.text = null;
        row.detail = null;
        row.fields.clear();
    }

    /** The non-blank texts by language, in the portal's order: what a field of one text stores. */
    public Map<String, String> texts() {
        return values((text, detail) -> text);
    }

    /** A value per language with a non-blank text, made from its text and detail (e.g. a {@code ProjectText}). */
    public <T> Map<String, T> values(BiFunction<String, String, T> make) {
        Map<String, T> values = new LinkedHashMap<>();
        rows.forEach((lang, row) -> {
            if (row.shown && row.text != null && !row.text.isBlank()) values.put(lang, make.apply(row.text, row.detail));
        });
        return values;
    }

    /** A value per language with a non-blank text, made from its whole row (a record of several named texts). */
    public <T> Map<String, T> rowValues(Function<Row, T> make) {
        Map<String, T> values = new LinkedHashMap<>();
        rows.forEach((lang, row) -> {
            if (row.shown && row.text != null && !row.text.isBlank()) values.put(lang, make.apply(row));
        });
        return values;
    }

    /** The languages shown whose row has other texts but not its own text (a translation without its title). */
    public List<String> getUntitled() {
        return rows.entrySet().stream().filter(e -> e.getValue().shown && (e.getValue().text == null || e.getValue().text.isBlank())
                && e.getValue().hasMore()).map(Map.Entry::getKey).toList();
    }

    @Override
    public String toString() {
        return "TranslatedText" + getLanguages();
    }
}
