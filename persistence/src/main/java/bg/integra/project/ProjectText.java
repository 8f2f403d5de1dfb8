package bg.integra.project;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/** The title and summary of a project in one language. */
@Embeddable
public class ProjectText implements Serializable {

    public static final int TITLE_LENGTH = 500;
    public static final int SUMMARY_LENGTH = 4000;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Size(max = SUMMARY_LENGTH)
    @Column(name = "summary", length = SUMMARY_LENGTH)
    private String summary;

    protected ProjectText() {
    }

    public ProjectText(String title, String summary) {
        this.title = Objects.requireNonNull(Text.blankToNull(Objects.requireNonNull(title, "title")), "title");
        this.summary = Text.blankToNull(summary);
    }

    public String getTitle() { return title; }
    public String getSummary() { return summary; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectText t && title.equals(t.title) && Objects.equals(summary, t.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, summary);
    }
}
