package bg.integra.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A span of calendar days, both ends included; either end may still be unknown while a project is planned. */
@Embeddable
public class Period implements Serializable {

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    public Period() {
    }

    public Period(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end before it starts");
        }
        this.start = start;
        this.end = end;
    }

    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }

    @AssertTrue(message = "{integra.period.order}")
    public boolean isOrdered() {
        return start == null || end == null || !end.isBefore(start);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && Objects.equals(start, p.start) && Objects.equals(end, p.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }
}
