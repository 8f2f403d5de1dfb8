package bg.integra.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * POST /test-support/report-seed: a project with everything its final report shows (see {@link ReportSeeds}),
 * its coordinator and a coordinator of another organisation, and the figures the report must give, read with SQL.
 */
@WebServlet("/test-support/report-seed")
public class ReportSeedServlet extends HttpServlet {

    @Inject
    private ReportSeeds seeds;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(seeds.seed().toString());
    }
}
