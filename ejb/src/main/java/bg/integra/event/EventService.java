package bg.integra.event;

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
        return new Listing<>(Event.class, "e")
                .filter(query.past() ? "COALESCE(e.endsAt, e.startsAt) < :now" : "COALESCE(e.endsAt, e.startsAt) >= :now", "now", now)
                .filter("e.region = :region", "region", query.region())
                .filter("e.kind = :kind", "kind", query.kind())
                .filter("e.project.id = :project", "project", query.projectId())
                .page(em, query.past() ? "e.startsAt DESC, e.id DESC" : "e.startsAt ASC, e.id ASC", request);
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
