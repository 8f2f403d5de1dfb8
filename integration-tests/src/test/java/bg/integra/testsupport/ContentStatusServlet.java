package bg.integra.testsupport;

import bg.integra.content.Content;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.time.LocalDateTime;

/**
 * POST /test-support/content-status with {@code id} and {@code action} ({@code publish} or {@code unpublish}):
 * changes an item's status as the back-office would, without signing in, so that portal tests can see the
 * change reach the cached pages. Answers 204.
 */
@WebServlet("/test-support/content-status")
public class ContentStatusServlet extends HttpServlet {

    @Inject
    private Statuses statuses;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Long.parseLong(request.getParameter("id"));
        boolean publish = "publish".equals(request.getParameter("action"));
        statuses.set(id, publish);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @ApplicationScoped
    @Transactional
    public static class Statuses {

        @PersistenceContext(unitName = "integra")
        private EntityManager em;

        public void set(long id, boolean publish) {
            Content content = em.find(Content.class, id);
            if (publish) content.publish(LocalDateTime.now(Content.ZONE));
            else content.unpublish();
        }
    }
}
