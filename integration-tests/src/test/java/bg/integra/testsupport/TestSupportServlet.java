package bg.integra.testsupport;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Every seed and probe of the tests at {@code /test-support/*}: the path after {@code /test-support/} picks the
 * {@link Seed} bean of that {@link Seed#path() path} (404 for none), GET and POST go to its {@code get} and
 * {@code post}; the parameters are read as UTF-8 through {@link Params}, the answer written as UTF-8 JSON (204 when
 * there is none), and a {@link Params.Failure} answers its status. Test-only: production has no such address.
 * <p>
 * {@code /test-support/sql-count} is not a seed: {@link SqlCountServlet} answers {@link SqlCountFilter}'s count as
 * plain text at that exact address, which takes precedence over this mapping.
 */
@WebServlet("/test-support/*")
public class TestSupportServlet extends HttpServlet {

    @Inject
    @Any
    private Instance<Seed> seeds;

    private final Map<String, Seed> byPath = new TreeMap<>();

    @Override
    public void init() {
        for (Seed seed : seeds) {
            Seed other = byPath.put(seed.path(), seed);
            if (other != null) throw new IllegalStateException("Two seeds at /test-support/" + seed.path());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, Seed::get);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, Seed::post);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response,
                        BiFunction<Seed, Params, JsonObject> method) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Seed seed = byPath.get(path);
        if (seed == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No test support at /test-support/" + path);
            return;
        }
        try {
            JsonObject answer = method.apply(seed, new Params(request));
            if (answer == null) response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            else write(response, HttpServletResponse.SC_OK, answer);
        } catch (Params.Failure failure) {
            if (failure.body() != null) write(response, failure.status(), failure.body());
            else response.sendError(failure.status(), failure.getMessage());
        }
    }

    private static void write(HttpServletResponse response, int status, JsonObject json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.toString());
    }
}
