package bg.integra.content;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/** What a picture shows, for a reader who cannot see it (alt text), and its caption, in one language. */
@Embeddable
public class ImageText implements Serializable {

    public static final int ALT_LENGTH = 300;
    public static final int CAPTION_LENGTH = 500;

    @NotBlank
    @Size(max = ALT_LENGTH)
    @Column(name = "alt", length = ALT_LENGTH, nullable = false)
    private String alt;

    @Size(max = CAPTION_LENGTH)
    @Column(name = "caption", length = CAPTION_LENGTH)
    private String caption;

    protected ImageText() {
    }

    public ImageText(String alt, String caption) {
        this.alt = Objects.requireNonNull(Text.blankToNull(Objects.requireNonNull(alt, "alt")), "alt");
        this.caption = Text.blankToNull(caption);
    }

    public String getAlt() { return alt; }
    public String getCaption() { return caption; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageText t && alt.equals(t.alt) && Objects.equals(caption, t.caption);
    }

    @Override
    public int hashCode() {
        return Objects.hash(alt, caption);
    }
}
