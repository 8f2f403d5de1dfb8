package bg.integra.network;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/** A location's texts in one language: its name, a description, how to reach it and how accessible it is. */
@Embeddable
public class LocationText implements Serializable {

    public static final int NAME_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int TRANSPORTATION_LENGTH = 1000;
    public static final int ACCESSIBILITY_LENGTH = 1000;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Size(max = TRANSPORTATION_LENGTH)
    @Column(name = "transportation", length = TRANSPORTATION_LENGTH)
    private String transportation;

    @Size(max = ACCESSIBILITY_LENGTH)
    @Column(name = "accessibility", length = ACCESSIBILITY_LENGTH)
    private String accessibility;

    protected LocationText() {
    }

    public LocationText(String name, String description, String transportation, String accessibility) {
        this.name = Objects.requireNonNullElse(Text.blankToNull(name), "");
        this.description = Text.blankToNull(description);
        this.transportation = Text.blankToNull(transportation);
        this.accessibility = Text.blankToNull(accessibility);
    }

    public String getName() { return name; }
    public String getDescription() { return description; }
    public String getTransportation() { return transportation; }
    public String getAccessibility() { return accessibility; }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocationText t && name.equals(t.name) && Objects.equals(description, t.description)
                && Objects.equals(transportation, t.transportation) && Objects.equals(accessibility, t.accessibility);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, transportation, accessibility);
    }
}
