package bg.integra.rest.event;

import bg.integra.content.ContentText;
import bg.integra.event.Event;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An event in a list: what, when (local time in Bulgaria), where, the project it belongs to, its capacity
 * (null = no limit) and the address of its portal page.
 */
public record EventSummaryDto(long id, String slug, String kind, Map<String, String> title, LocalDateTime startsAt,
                              LocalDateTime endsAt, String venue, String city, String region, Long projectId,
                              Integer capacity, String page) {

    public static EventSummaryDto of(Event e) {
        return new EventSummaryDto(e.getId(), e.getSlug(), e.getKind().name(), texts(e, ContentText::getTitle),
                e.getStartsAt(), e.getEndsAt(), e.getVenue(), e.getCity(), e.getRegion().name(),
                e.getProject() == null ? null : e.getProject().getId(), e.getCapacity(), "/events/" + e.getSlug());
    }

    static Map<String, String> texts(Event e, Function<ContentText, String> part) {
        Map<String, String> texts = new TreeMap<>();
        e.getTexts().forEach((lang, text) -> {
            String value = part.apply(text);
            if (value != null) texts.put(lang, value);
        });
        return texts;
    }
}
