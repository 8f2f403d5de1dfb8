package bg.integra.testsupport;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the SQL statements that one request makes: a request with the parameter {@code sql-count=TOKEN} (a
 * parameter no page or cache knows, so the page is rendered, not served from the page cache) has every database
 * call on its thread recorded by an EclipseLink session listener, and {@code GET /test-support/sql-count?token=TOKEN}
 * answers the count (with {@code &statements=true} the statements, one per line). Test-only: the query-count test (PortalQueryCountIT) catches an N+1 with it.
 */
// FORWARD too: the portal's routing filter forwards /news to /news.xhtml before this filter's turn in the chain
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class SqlCountFilter extends HttpFilter {

    static final String PARAMETER = "sql-count";
    /** Token → the SQL of each statement the request made, in order. */
    static final Map<String, List<String>> STATEMENTS = new ConcurrentHashMap<>();
    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private static final SessionEventAdapter LISTENER = new SessionEventAdapter() {
        @Override
        public void preExecuteCall(SessionEvent event) {
            List<String> statements = CURRENT.get();
            if (statements == null) return;
            statements.add(event.getCall() instanceof DatabaseCall call ? call.getSQLString() : String.valueOf(event.getCall()));
        }
    };

    @PersistenceUnit(unitName = "integra")
    private EntityManagerFactory emf;

    @Override
    public void init() {
        var events = emf.unwrap(ServerSession.class).getEventManager();
        if (!events.getListeners().contains(LISTENER)) events.addListener(LISTENER);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String token = request.getParameter(PARAMETER);
        if (token == null || CURRENT.get() != null) { // not counted, or counted by the request's first pass
            chain.doFilter(request, response);
            return;
        }
        List<String> statements = new ArrayList<>();
        CURRENT.set(statements);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
            STATEMENTS.put(token, statements);
        }
    }
}
