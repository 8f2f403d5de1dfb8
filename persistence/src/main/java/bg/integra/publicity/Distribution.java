package bg.integra.publicity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Objects;

/** One line of a material's distribution log: on this day, so many copies went to this recipient or place. */
@Embeddable
public class Distribution {

    public static final int RECIPIENT_LENGTH = 300;

    @NotNull
    @Column(name = "handed_on", nullable = false)
    private LocalDate date;

    @NotBlank
    @Size(max = RECIPIENT_LENGTH)
    @Column(name = "recipient", length = RECIPIENT_LENGTH, nullable = false)
    private String recipient;

    @Positive
    @Max(PublicityMaterial.MAX_QUANTITY)
    @Column(name = "copies", nullable = false)
    private int copies;

    protected Distribution() {
    }

    public Distribution(LocalDate date, String recipient, int copies) {
        this.date = Objects.requireNonNull(date, "date");
        this.recipient = recipient == null ? null : recipient.strip();
        this.copies = copies;
    }

    public LocalDate getDate() { return date; }
    public String getRecipient() { return recipient; }
    public int getCopies() { return copies; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Distribution d && copies == d.copies && Objects.equals(date, d.date)
                && Objects.equals(recipient, d.recipient);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, recipient, copies);
    }
}
