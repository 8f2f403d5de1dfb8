package bg.integra.event;

import bg.integra.common.Counts;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.ReadOnly;
import bg.integra.content.Content;
import bg.integra.content.ContentService;
import bg.integra.content.ContentType;
import bg.integra.content.Listing;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The public side of events: upcoming ones soonest first, past ones latest first, by region, kind and project.
 * An event is upcoming until it ends (or, without an end time, until it starts).
 */
@Stateless
@PermitAll
public class EventService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentService content;

    public Page<Event> events(@NotNull EventQuery query, @NotNull PageRequest request) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        // Each list walks the index on the start time from a bound, rather than from the first event ever held: a
        // past event started before now; an upcoming one not before the earliest start among upcoming events.
        return new Listing<>(Event.class, "e")
                .filter(query.past() ? "COALESCE(e.endsAt, e.startsAt) < :now AND e.startsAt < :now"
                        : "COALESCE(e.endsAt, e.startsAt) >= :now", "now", now)
                .filter("e.startsAt >= :earliest", "earliest", query.past() ? null : earliestUpcomingStart(now))
                .filter("e.region = :region", "region", query.region())
                .filter("e.kind = :kind", "kind", query.kind())
                .filter("e.project.id = :project", "project", query.projectId())
                .batch("e.trainers") // the API's list shows each event's trainers
                .page(em, query.past() ? "e.startsAt DESC, e.id DESC" : "e.startsAt ASC, e.id ASC", request);
    }

    /**
     * The earliest start of a published event that was still upcoming at the start of this minute (an event that has
     * begun but not ended counts), kept until the next write: no event upcoming now starts before it. Without one,
     * {@code now}: nothing upcoming starts before now either.
     */
    private LocalDateTime earliestUpcomingStart(LocalDateTime now) {
        LocalDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        return Counts.kept("earliest upcoming event start " + minute, () -> em.createQuery(
                        "SELECT MIN(e.startsAt) FROM Event e WHERE e.status = bg.integra.content.PublicationStatus.PUBLISHED"
                                + " AND COALESCE(e.endsAt, e.startsAt) >= :minute", LocalDateTime.class)
                .setParameter("minute", minute)
                .getSingleResult())
                .orElse(now);
    }

    public Event event(String slug) {
        return content.published(Event.class, ContentType.EVENT, slug);
    }

    /** A published event by id, with what its page shows; not found when missing or not published. */
    public Event published(long id) {
        Event event = ReadOnly.find(em, Event.class, id);
        if (event == null || !event.isPublished()) throw new NotFoundException("Event", id);
        return ContentService.load(event);
    }
}
