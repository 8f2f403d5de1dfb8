package bg.integra.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A location's opening hours on one day of the week, in Sofia's local time ({@link Location#ZONE}); a day may
 * have several (a lunch break). The times are kept as minutes since midnight, so that the database compares them
 * as numbers on H2 and PostgreSQL alike, and a closing time of midnight is 24:00 of the same day. Hours that pass
 * midnight are not kept: no centre of the network works at night.
 */
@Embeddable
public class OpeningHours implements Serializable, Comparable<OpeningHours> {

    private static final int DAY = 24 * 60;

    /** ISO day of the week, 1 Monday to 7 Sunday. */
    @Min(1)
    @Max(7)
    @Column(name = "weekday", nullable = false)
    private int weekday;

    @Min(0)
    @Max(DAY - 1)
    @Column(name = "opens_minute", nullable = false)
    private int opens;

    @Min(1)
    @Max(DAY)
    @Column(name = "closes_minute", nullable = false)
    private int closes;

    protected OpeningHours() {
    }

    /** Hours from {@code opens} to {@code closes}; a closing time of 00:00 means midnight at the end of the day. */
    public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        this.weekday = day.getValue();
        this.opens = minute(Objects.requireNonNull(opens, "opens"));
        int end = minute(Objects.requireNonNull(closes, "closes"));
        this.closes = end == 0 ? DAY : end;
    }

    @AssertTrue(message = "{integra.hours.order}")
    public boolean isClosingAfterOpening() {
        return closes > opens;
    }

    /** Open at this local time in Sofia: from the opening minute, up to but not including the closing one. */
    public boolean isOpenAt(LocalDateTime sofia) {
        int minute = minute(sofia.toLocalTime());
        return sofia.getDayOfWeek().getValue() == weekday && minute >= opens && minute < closes;
    }

    /** The first moment after {@code sofia} at which these hours open or close (within the coming week). */
    public LocalDateTime nextChangeAfter(LocalDateTime sofia) {
        LocalDateTime next = null;
        for (int minute : new int[]{opens, closes}) {
            LocalDateTime day = sofia.toLocalDate().atStartOfDay();
            int shift = Math.floorMod(weekday - sofia.getDayOfWeek().getValue(), 7);
            LocalDateTime at = day.plusDays(shift).plusMinutes(minute);
            if (!at.isAfter(sofia)) at = at.plusWeeks(1);
            if (next == null || at.isBefore(next)) next = at;
        }
        return next;
    }

    /** The minute of the day a time falls in, which the database compares with {@code opens_minute}. */
    public static int minute(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    public DayOfWeek getDay() { return DayOfWeek.of(weekday); }
    public int getWeekday() { return weekday; }
    /** "09:00" */
    public String getOpensText() { return text(opens); }
    /** "17:30"; "24:00" for midnight at the end of the day. */
    public String getClosesText() { return text(closes); }

    private static String text(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    @Override
    public int compareTo(OpeningHours o) {
        return weekday != o.weekday ? Integer.compare(weekday, o.weekday) : Integer.compare(opens, o.opens);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningHours h && weekday == h.weekday && opens == h.opens && closes == h.closes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekday, opens, closes);
    }
}
