package bg.integra.knowledge;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** An anonymised case in one language: the situation, the question it raised, what was done, the outcome, the lessons. */
@Embeddable
public class CaseText implements KnowledgeText, Serializable {

    public static final int TITLE_LENGTH = 300;
    public static final int LONG_LENGTH = 4000;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Size(max = LONG_LENGTH)
    @Column(name = "situation", length = LONG_LENGTH)
    private String situation;

    @Size(max = LONG_LENGTH)
    @Column(name = "question", length = LONG_LENGTH)
    private String question;

    @Size(max = LONG_LENGTH)
    @Column(name = "actions", length = LONG_LENGTH)
    private String actions;

    @Size(max = LONG_LENGTH)
    @Column(name = "outcome", length = LONG_LENGTH)
    private String outcome;

    @Size(max = LONG_LENGTH)
    @Column(name = "lessons", length = LONG_LENGTH)
    private String lessons;

    protected CaseText() {
    }

    public CaseText(String title, String situation, String question, String actions, String outcome, String lessons) {
        this.title = Objects.requireNonNullElse(Text.blankToNull(title), "");
        this.situation = Text.blankToNull(situation);
        this.question = Text.blankToNull(question);
        this.actions = Text.blankToNull(actions);
        this.outcome = Text.blankToNull(outcome);
        this.lessons = Text.blankToNull(lessons);
    }

    /** Field name → text, in the order of the form; the names are those of the API and of the field problems. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("situation", situation);
        fields.put("question", question);
        fields.put("actions", actions);
        fields.put("outcome", outcome);
        fields.put("lessons", lessons);
        return fields;
    }

    @Override
    public String quoted() { return situation; }

    @Override
    public Stream<String> all() { return fields().values().stream(); }

    @Override
    public String getTitle() { return title; }
    public String getSituation() { return situation; }
    public String getQuestion() { return question; }
    public String getActions() { return actions; }
    public String getOutcome() { return outcome; }
    public String getLessons() { return lessons; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseText t && fields().equals(t.fields());
    }

    @Override
    public int hashCode() {
        return fields().hashCode();
    }
}
