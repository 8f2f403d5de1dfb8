package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.project.Project;
import bg.integra.project.ProjectStatus;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * POST /test-support/project with form fields titleBg (required), titleEn, region, status, target and achieved
 * creates one project (see ProjectSeeds) and answers its id, contract number and beneficiary id.
 */
@WebServlet("/test-support/project")
public class ProjectSeedServlet extends HttpServlet {

    @Inject
    private ProjectSeeds seeds;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String titleBg = request.getParameter("titleBg");
        if (titleBg == null || titleBg.isBlank()) {
            response.sendError(400, "titleBg is required");
            return;
        }
        Project p = seeds.create(titleBg, request.getParameter("titleEn"),
                Region.valueOf(param(request, "region", "PLOVDIV")),
                ProjectStatus.valueOf(param(request, "status", "RUNNING")),
                Integer.parseInt(param(request, "target", "4")),
                Integer.parseInt(param(request, "achieved", "1")));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("id", p.getId())
                .add("contractNumber", p.getContractNumber().value())
                .add("fundingScheme", p.getFundingScheme())
                .add("beneficiaryId", p.getBeneficiary().getId())
                .build().toString());
    }

    private static String param(HttpServletRequest request, String name, String defaultValue) {
        String v = request.getParameter(name);
        return v == null || v.isBlank() ? defaultValue : v;
    }
}
