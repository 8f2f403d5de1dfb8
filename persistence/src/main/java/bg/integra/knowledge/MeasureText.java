package bg.integra.knowledge;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A regional measure in one language: its title, what it proposes, the institution it is addressed to, and the
 * plan or strategy it was adopted into (once adopted).
 */
@Embeddable
public class MeasureText implements KnowledgeText, Serializable {

    public static final int TITLE_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int ADDRESSEE_LENGTH = 300;
    public static final int PLAN_LENGTH = 300;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Size(max = ADDRESSEE_LENGTH)
    @Column(name = "addressee", length = ADDRESSEE_LENGTH)
    private String addressee;

    @Size(max = PLAN_LENGTH)
    @Column(name = "plan", length = PLAN_LENGTH)
    private String plan;

    protected MeasureText() {
    }

    public MeasureText(String title, String description, String addressee, String plan) {
        this.title = Objects.requireNonNullElse(Text.blankToNull(title), "");
        this.description = Text.blankToNull(description);
        this.addressee = Text.blankToNull(addressee);
        this.plan = Text.blankToNull(plan);
    }

    @Override
    public String quoted() { return description; }

    @Override
    public Stream<String> all() {
        return Stream.of(title, description, addressee, plan);
    }

    @Override
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getAddressee() { return addressee; }
    public String getPlan() { return plan; }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasureText t && title.equals(t.title) && Objects.equals(description, t.description)
                && Objects.equals(addressee, t.addressee) && Objects.equals(plan, t.plan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description, addressee, plan);
    }
}
