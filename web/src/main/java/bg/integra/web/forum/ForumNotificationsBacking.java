package bg.integra.web.forum;

import bg.integra.common.Page;
import bg.integra.forum.ForumNotification;
import bg.integra.forum.ForumWriting;
import bg.integra.web.portal.Pager;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * /forum/notifications: the signed-in account's notifications, newest first, a page at a time; those not seen
 * before are marked, and seeing them marks them all read. A visitor not signed in is sent to sign in. Never cached.
 */
@Named
@RequestScoped
public class ForumNotificationsBacking extends ForumPage {

    private static final Logger LOG = Logger.getLogger(ForumNotificationsBacking.class.getName());

    @Inject
    private ForumWriting writing;

    private String pageParameter;
    private Page<ForumNotification> notifications;

    public void load() {
        notStored();
        if (!isSignedIn()) {
            seeOther(getSignInHref());
            return;
        }
        notifications = forum.notifications(visitorId(), pageRequest(pageParameter, PAGE_SIZE));
        if (notifications.items().stream().anyMatch(n -> n.getReadAt() == null)) {
            try {
                writing.markNotificationsRead(visitorId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Notifications of account " + visitorId() + " not marked read", e);
            }
        }
    }

    @Override
    protected boolean isField(String field) {
        return false;
    }

    public List<ForumNotification> getNotifications() { return notifications.items(); }
    public Pager getPager() { return pager(notifications, "/forum/notifications", Map.of()); }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
}
