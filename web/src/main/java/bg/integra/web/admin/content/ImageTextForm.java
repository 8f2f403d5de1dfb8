package bg.integra.web.admin.content;

import bg.integra.content.ImageText;

import java.io.Serializable;

/** Alt text and caption of a gallery picture in one language. */
public class ImageTextForm implements Serializable {
    private String alt;
    private String caption;

    static ImageTextForm of(ImageText text) {
        ImageTextForm form = new ImageTextForm();
        if (text != null) {
            form.alt = text.getAlt();
            form.caption = text.getCaption();
        }
        return form;
    }

    public String getAlt() { return alt; }
    public void setAlt(String alt) { this.alt = alt; }
    public String getCaption() { return caption; }
    public void setCaption(String caption) { this.caption = caption; }
}
