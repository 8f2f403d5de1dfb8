package bg.integra.rest.event;

import bg.integra.content.ContentText;
import bg.integra.event.Event;
import bg.integra.event.EventMethod;
import bg.integra.registration.Occupancy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One event: its texts per language (the agenda is sanitised HTML), the methods it uses and whether and how one
 * can register for it.
 */
public record EventDto(long id, String slug, String kind, Map<String, String> title, Map<String, String> summary,
                       Map<String, String> agenda, LocalDateTime startsAt, LocalDateTime endsAt, String venue,
                       String city, String region, List<String> methods, Long projectId, String page,
                       RegistrationInfoDto registration) {

    /**
     * Whether registration is open, how full the event is, and the stated purpose of processing that a
     * registrant consents to (send its version back as {@code consentVersion}).
     */
    public record RegistrationInfoDto(boolean open, Integer capacity, long confirmed, long waitlisted,
                                      Integer placesLeft, String consentVersion, Map<String, String> consentPurpose) {
    }

    public static EventDto of(Event e, Occupancy occupancy, boolean open, String consentVersion,
                              Map<String, String> consentPurpose) {
        return new EventDto(e.getId(), e.getSlug(), e.getKind().name(), EventSummaryDto.texts(e, ContentText::getTitle),
                EventSummaryDto.texts(e, ContentText::getSummary), EventSummaryDto.texts(e, ContentText::getBody),
                e.getStartsAt(), e.getEndsAt(), e.getVenue(), e.getCity(), e.getRegion().name(),
                e.getMethods().stream().map(EventMethod::name).sorted().toList(),
                e.getProject() == null ? null : e.getProject().getId(), "/events/" + e.getSlug(),
                new RegistrationInfoDto(open, occupancy.capacity(), occupancy.confirmed(), occupancy.waitlisted(),
                        occupancy.placesLeft(), consentVersion, consentPurpose));
    }
}
