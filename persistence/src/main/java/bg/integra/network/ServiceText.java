package bg.integra.network;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/** A service's texts in one language: its name, what it does, for whom, and what it costs. */
@Embeddable
public class ServiceText implements Serializable {

    public static final int NAME_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int ELIGIBILITY_LENGTH = 1000;
    public static final int FEES_LENGTH = 500;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Size(max = ELIGIBILITY_LENGTH)
    @Column(name = "eligibility", length = ELIGIBILITY_LENGTH)
    private String eligibility;

    @Size(max = FEES_LENGTH)
    @Column(name = "fees", length = FEES_LENGTH)
    private String fees;

    protected ServiceText() {
    }

    public ServiceText(String name, String description, String eligibility, String fees) {
        this.name = Objects.requireNonNullElse(Text.blankToNull(name), "");
        this.description = Text.blankToNull(description);
        this.eligibility = Text.blankToNull(eligibility);
        this.fees = Text.blankToNull(fees);
    }

    public String getName() { return name; }
    public String getDescription() { return description; }
    public String getEligibility() { return eligibility; }
    public String getFees() { return fees; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceText t && name.equals(t.name) && Objects.equals(description, t.description)
                && Objects.equals(eligibility, t.eligibility) && Objects.equals(fees, t.fees);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, eligibility, fees);
    }
}
