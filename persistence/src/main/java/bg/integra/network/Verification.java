package bg.integra.network;

import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When a directory record was last checked to be true and by whom (HSDS {@code assured_date}); a record not
 * checked for {@link #STALE_AFTER_MONTHS} months is flagged to its organisation.
 */
@Embeddable
public class Verification implements Serializable {

    public static final int STALE_AFTER_MONTHS = 12;
    public static final int BY_LENGTH = 200;

    @Column(name = "verified_on")
    private LocalDate on;

    @Size(max = BY_LENGTH)
    @Column(name = "verified_by", length = BY_LENGTH)
    private String by;

    public Verification() {
    }

    public Verification(LocalDate on, String by) {
        this.on = on;
        this.by = Text.blankToNull(by);
    }

    public LocalDate getOn() { return on; }
    public String getBy() { return by; }

    /** Never checked, or checked more than {@link #STALE_AFTER_MONTHS} months before {@code today}. */
    public boolean isStale(LocalDate today) {
        return on == null || on.isBefore(today.minusMonths(STALE_AFTER_MONTHS));
    }
}
