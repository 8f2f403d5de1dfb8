package bg.integra.testsupport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** GET /test-support/sql-count?token=… answers how many SQL statements that request made ({@link SqlCountFilter}). */
@WebServlet("/test-support/sql-count")
public class SqlCountServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer count = SqlCountFilter.COUNTS.remove(request.getParameter("token"));
        if (count == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no counted request with this token");
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(count);
    }
}
