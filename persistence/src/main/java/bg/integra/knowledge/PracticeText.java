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
 * A good practice's texts in one language, the free-text fields of the European Website on Integration's practice
 * template: title, funding, objectives, activities, results, evaluation and transferability.
 */
@Embeddable
public class PracticeText implements KnowledgeText, Serializable {

    public static final int TITLE_LENGTH = 300;
    public static final int FUNDING_LENGTH = 500;
    public static final int LONG_LENGTH = 4000;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Size(max = FUNDING_LENGTH)
    @Column(name = "funding", length = FUNDING_LENGTH)
    private String funding;

    @Size(max = LONG_LENGTH)
    @Column(name = "objectives", length = LONG_LENGTH)
    private String objectives;

    @Size(max = LONG_LENGTH)
    @Column(name = "activities", length = LONG_LENGTH)
    private String activities;

    @Size(max = LONG_LENGTH)
    @Column(name = "results", length = LONG_LENGTH)
    private String results;

    @Size(max = LONG_LENGTH)
    @Column(name = "evaluation", length = LONG_LENGTH)
    private String evaluation;

    @Size(max = LONG_LENGTH)
    @Column(name = "transferability", length = LONG_LENGTH)
    private String transferability;

    protected PracticeText() {
    }

    public PracticeText(String title, String funding, String objectives, String activities, String results,
                        String evaluation, String transferability) {
        this.title = Objects.requireNonNullElse(Text.blankToNull(title), "");
        this.funding = Text.blankToNull(funding);
        this.objectives = Text.blankToNull(objectives);
        this.activities = Text.blankToNull(activities);
        this.results = Text.blankToNull(results);
        this.evaluation = Text.blankToNull(evaluation);
        this.transferability = Text.blankToNull(transferability);
    }

    @Override
    public String quoted() { return objectives; }

    @Override
    public Stream<String> all() {
        return Stream.of(title, funding, objectives, activities, results, evaluation, transferability);
    }

    @Override
    public String getTitle() { return title; }
    public String getFunding() { return funding; }
    public String getObjectives() { return objectives; }
    public String getActivities() { return activities; }
    public String getResults() { return results; }
    public String getEvaluation() { return evaluation; }
    public String getTransferability() { return transferability; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PracticeText t && title.equals(t.title) && Objects.equals(funding, t.funding)
                && Objects.equals(objectives, t.objectives) && Objects.equals(activities, t.activities)
                && Objects.equals(results, t.results) && Objects.equals(evaluation, t.evaluation)
                && Objects.equals(transferability, t.transferability);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, funding, objectives, activities, results, evaluation, transferability);
    }
}
