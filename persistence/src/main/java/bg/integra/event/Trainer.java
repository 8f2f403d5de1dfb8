package bg.integra.event;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/**
 * A trainer, lecturer or moderator of an event, as the programme names them: shown on the public event page
 * and in the report, so a public role, not a participant's personal data.
 */
@Embeddable
public class Trainer implements Serializable {

    public static final int NAME_LENGTH = 200;
    public static final int AFFILIATION_LENGTH = 300;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    /** Their organisation or role, e.g. "Intercultural trainer, Maritsa NGO"; may be empty. */
    @Size(max = AFFILIATION_LENGTH)
    @Column(name = "affiliation", length = AFFILIATION_LENGTH)
    private String affiliation;

    protected Trainer() {
    }

    public Trainer(String name, String affiliation) {
        this.name = Text.blankToNull(name);
        this.affiliation = Text.blankToNull(affiliation);
    }

    public String getName() { return name; }
    public String getAffiliation() { return affiliation; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trainer t && Objects.equals(name, t.name) && Objects.equals(affiliation, t.affiliation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, affiliation);
    }

    /** "Name (affiliation)": how the audit trail and the report show a trainer. */
    @Override
    public String toString() {
        return affiliation == null ? name : name + " (" + affiliation + ")";
    }
}
