package bg.integra.registration;

/** How full an event is: confirmed places, people on the waitlist and the capacity (null = no limit). */
public record Occupancy(Integer capacity, long confirmed, long waitlisted) {

    /** Places still free; null when there is no limit. */
    public Integer placesLeft() {
        return capacity == null ? null : (int) Math.max(0, capacity - confirmed);
    }
}
