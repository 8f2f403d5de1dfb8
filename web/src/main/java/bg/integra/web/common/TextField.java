package bg.integra.web.common;

import java.util.List;
import java.util.Set;

import java.io.Serializable;

/**
 * One of the texts a record has per language, for the tag {@code <i:translatedTexts>}: its name (the service's
 * field name, and the inputs' ids {@code name_bg}, {@code name_ar} …), the bundle key of its label, its longest
 * length and whether it is a paragraph rather than a line.
 */
public final class TextField implements Serializable {

    private final String name;
    private final String label;
    private final int maxlength;
    private final boolean paragraph;

    private TextField(String name, String label, int maxlength, boolean paragraph) {
        this.name = name;
        this.label = label;
        this.maxlength = maxlength;
        this.paragraph = paragraph;
    }

    public static TextField line(String name, String label, int maxlength) {
        return new TextField(name, label, maxlength, false);
    }

    public static TextField paragraph(String name, String label, int maxlength) {
        return new TextField(name, label, maxlength, true);
    }

    public String getName() { return name; }
    public String getLabel() { return label; }
    public int getMaxlength() { return maxlength; }
    public boolean isParagraph() { return paragraph; }

    /**
     * The input of a field as a service names it, on a form whose translated texts are {@code fields}: {@code title}
     * is the Bulgarian row's ({@code form:title_bg}), {@code title.en} English's, null for a language not shown;
     * any other name is the form's input of that name when it is among {@code others}, else null.
     */
    public static String clientId(String form, List<TextField> fields, TranslatedText texts, Set<String> others, String field) {
        int dot = field.indexOf('.');
        String name = dot < 0 ? field : field.substring(0, dot);
        if (fields.stream().map(TextField::getName).anyMatch(name::equals)) {
            String lang = dot < 0 ? bg.integra.common.Languages.DEFAULT : field.substring(dot + 1);
            return texts.shows(lang) ? form + name + "_" + lang : null;
        }
        return dot < 0 && others.contains(field) ? form + field : null;
    }
}
