package bg.integra.testsupport;

import bg.integra.web.cache.Caches;
import bg.integra.web.cache.TaggedCache;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * GET /test-support/cache?cache=pages&amp;key=/events/x answers the serial number of the kept render of that
 * address (a new number each time it is rendered again; -1 when nothing is kept), so that a test can tell "served
 * from memory" from "rendered again with the same bytes". Test-only.
 */
@WebServlet("/test-support/cache")
public class CacheProbeServlet extends HttpServlet {

    @Inject
    private Caches caches;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("cache");
        TaggedCache<?> cache = caches.all().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (cache == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder()
                .add("serial", cache.serial(request.getParameter("key")))
                .add("size", cache.size())
                .add("renders", cache.renders())
                .add("keys", Json.createArrayBuilder(cache.keys().stream().sorted().limit(50).toList()))
                .build().toString());
    }
}
