package bg.integra.rest.registration;

import bg.integra.registration.Registration;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

/** A registration as its registrant sees it: where it stands and for which event. */
public record RegistrationDto(long eventId, Map<String, String> eventTitle, LocalDateTime eventStartsAt, String status,
                              String name, String targetGroup, String language, LocalDateTime createdAt,
                              LocalDateTime statusChangedAt) {

    public static RegistrationDto of(Registration r) {
        Map<String, String> titles = new TreeMap<>();
        r.getEvent().getTexts().forEach((lang, text) -> titles.put(lang, text.getTitle()));
        return new RegistrationDto(r.getEvent().getId(), titles, r.getEvent().getStartsAt(), r.getStatus().name(),
                r.getName(), r.getTargetGroup().getCode(), r.getLanguage(), r.getCreatedAt(), r.getStatusChangedAt());
    }

}
