package bg.integra.rest.event;

import bg.integra.content.ContentText;
import bg.integra.event.Event;
import bg.integra.event.EventMethod;
import bg.integra.project.TargetGroup;
import bg.integra.registration.Occupancy;
import bg.integra.rest.project.ActivityDto;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One event: its texts per language (the agenda is sanitised HTML), the methods it uses, its trainers, the
 * target groups it is meant for (codes, as in registrations), the project activity it carries out and whether
 * and how one can register for it.
 */
public record EventDto(long id, String slug, String kind, Map<String, String> title, Map<String, String> summary,
                       Map<String, String> agenda, LocalDateTime startsAt, LocalDateTime endsAt, String venue,
                       String city, String region, List<String> methods, List<TrainerDto> trainers,
                       List<String> targetGroups, Long projectId, ActivityDto activity, String page,
                       RegistrationInfoDto registration) {

    public record TrainerDto(String name, String affiliation) {
    }

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
                e.getTrainers().stream().map(t -> new TrainerDto(t.getName(), t.getAffiliation())).toList(),
                e.getTargetGroups().stream().map(TargetGroup::getCode).toList(),
                e.getProject() == null ? null : e.getProject().getId(),
                e.getActivity() == null ? null : ActivityDto.of(e.getActivity()),
                "/events/" + e.getSlug(),
                new RegistrationInfoDto(open, occupancy.capacity(), occupancy.confirmed(), occupancy.waitlisted(),
                        occupancy.placesLeft(), consentVersion, consentPurpose));
    }
}
