package bg.integra.testsupport;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * POST /test-support/evict-cache empties EclipseLink's shared cache, so that a client-side test can read its
 * seeded records the way the first request after a server restart does: from the database. Test-only.
 */
@WebServlet("/test-support/evict-cache")
public class CacheEvictServlet extends HttpServlet {

    @PersistenceUnit(unitName = "integra")
    private EntityManagerFactory emf;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        emf.getCache().evictAll();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
