package bg.integra.web.portal;

import bg.integra.event.Event;
import bg.integra.event.EventMethod;
import bg.integra.event.EventService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** /events/{slug}: one event with its time, venue, agenda, methods and photos. */
@Named
@RequestScoped
public class EventBacking extends ContentPage<Event> {

    @Inject
    private EventService events;

    /** The methods in their declared order (the stored set has none). */
    public List<EventMethod> getMethods() {
        return getContent().getMethods().stream().sorted().toList();
    }

    @Override
    Event find(String slug) {
        return events.event(slug);
    }
}
