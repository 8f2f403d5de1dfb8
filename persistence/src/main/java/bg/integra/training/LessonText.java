package bg.integra.training;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/** A lesson's title and body in one language. The body is HTML the service has already sanitised. */
@Embeddable
public class LessonText implements Serializable {

    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 100_000;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Size(max = BODY_LENGTH)
    @Column(name = "body", length = BODY_LENGTH)
    private String body;

    protected LessonText() {
    }

    /** @param safeBody HTML already sanitised, or null */
    public LessonText(String title, String safeBody) {
        this.title = Objects.requireNonNull(Text.blankToNull(title), "title").strip();
        this.body = Text.blankToNull(safeBody);
    }

    public String getTitle() { return title; }
    public String getBody() { return body; }

    @Override
    public boolean equals(Object o) {
        return o instanceof LessonText t && title.equals(t.title) && Objects.equals(body, t.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, body);
    }
}
