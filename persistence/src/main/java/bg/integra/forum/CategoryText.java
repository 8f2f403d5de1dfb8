package bg.integra.forum;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/** A category's name and description in one language. */
@Embeddable
public class CategoryText implements Serializable {

    public static final int NAME_LENGTH = 100;
    public static final int DESCRIPTION_LENGTH = 500;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    protected CategoryText() {
    }

    public CategoryText(String name, String description) {
        this.name = Objects.requireNonNull(Text.blankToNull(name), "name").strip();
        this.description = Text.blankToNull(description);
    }

    public String getName() { return name; }
    public String getDescription() { return description; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoryText t && name.equals(t.name) && Objects.equals(description, t.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description);
    }
}
