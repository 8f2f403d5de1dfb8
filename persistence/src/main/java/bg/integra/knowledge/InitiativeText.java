package bg.integra.knowledge;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Stream;

/** An initiative's texts in one language: its title, a short summary, the description and the partners. */
@Embeddable
public class InitiativeText implements KnowledgeText, Serializable {

    public static final int TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int PARTNERS_LENGTH = 1000;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Size(max = SUMMARY_LENGTH)
    @Column(name = "summary", length = SUMMARY_LENGTH)
    private String summary;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    /** Who else takes or took part: institutions, other members, sponsors. */
    @Size(max = PARTNERS_LENGTH)
    @Column(name = "partners", length = PARTNERS_LENGTH)
    private String partners;

    protected InitiativeText() {
    }

    public InitiativeText(String title, String summary, String description, String partners) {
        this.title = Objects.requireNonNullElse(Text.blankToNull(title), "");
        this.summary = Text.blankToNull(summary);
        this.description = Text.blankToNull(description);
        this.partners = Text.blankToNull(partners);
    }

    @Override
    public String quoted() { return summary; }

    @Override
    public Stream<String> all() {
        return Stream.of(title, summary, description, partners);
    }

    @Override
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getDescription() { return description; }
    public String getPartners() { return partners; }

    @Override
    public boolean equals(Object o) {
        return o instanceof InitiativeText t && title.equals(t.title) && Objects.equals(summary, t.summary)
                && Objects.equals(description, t.description) && Objects.equals(partners, t.partners);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, summary, description, partners);
    }
}
