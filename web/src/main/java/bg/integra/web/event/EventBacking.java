package bg.integra.web.event;

import bg.integra.change.Tags;
import bg.integra.content.Content;
import bg.integra.event.EventMethod;
import bg.integra.registration.Occupancy;
import bg.integra.registration.RegistrationService;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.PortalCacheFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDateTime;
import java.util.List;

/**
 * /events/{slug}: one event with its time, venue, agenda, methods and photos, and its registration: the places
 * left or "waitlist only" with the link to the form while the event has not started, else "closed". The page is
 * cached, but every registration and cancellation names the event (change.Changes), which renders it again, and it is
 * rendered again once the event has started.
 */
@Named
@RequestScoped
public class EventBacking extends EventPage {

    /** The methods in their declared order (the stored set has none). */
    public List<EventMethod> getMethods() {
        return getContent().getMethods().stream().sorted().toList();
    }

    @Inject
    private RegistrationService registrations;

    private Occupancy occupancy;

    /**
     * Whether people may still register: the event (published, as it is shown) has not started. A page that
     * offers registration is out of date when the event starts: the portal's cache keeps it no longer.
     */
    public boolean isRegistrationOpen() {
        boolean open = LocalDateTime.now(Content.ZONE).isBefore(getContent().getStartsAt());
        if (open) {
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .put(PortalCacheFilter.VALID_UNTIL, getContent().getStartsAt().atZone(Content.ZONE).toInstant());
        }
        return open;
    }

    public Occupancy getOccupancy() {
        if (occupancy == null) occupancy = registrations.occupancy(getContent().getId());
        return occupancy;
    }

    @Override
    protected void declareTags() {
        super.declareTags();
        PageTags.declare(Tags.TARGET_GROUPS); // the places left come with the event's own tag
    }
}
