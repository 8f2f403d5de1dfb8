package bg.integra.testsupport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * GET /test-support/sql-count?token=… answers how many SQL statements that request made, or with
 * {@code &statements=true} the statements themselves, one per line ({@link SqlCountFilter}).
 */
@WebServlet("/test-support/sql-count")
public class SqlCountServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> statements = SqlCountFilter.STATEMENTS.remove(request.getParameter("token"));
        if (statements == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no counted request with this token");
            return;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        if (Boolean.parseBoolean(request.getParameter("statements"))) {
            response.getWriter().print(String.join("\n", statements));
        } else {
            response.getWriter().print(statements.size());
        }
    }
}
