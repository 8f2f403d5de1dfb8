package bg.integra.web.event;

import bg.integra.event.Event;
import bg.integra.event.EventService;
import bg.integra.web.portal.ContentPage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

/** A portal page about one published event: the event's own page, its registration form and its answer page. */
public abstract class EventPage extends ContentPage<Event> {

    @Inject
    protected EventService events;

    @Override
    protected Event find(String slug) {
        return events.event(slug);
    }

    /** The page's response, marked never to be stored: it shows or takes a visitor's personal data. */
    protected static HttpServletResponse notStored() {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setHeader("Cache-Control", "no-store");
        return response;
    }
}
