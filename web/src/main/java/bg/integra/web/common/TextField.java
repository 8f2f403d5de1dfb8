package bg.integra.web.common;

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
}
