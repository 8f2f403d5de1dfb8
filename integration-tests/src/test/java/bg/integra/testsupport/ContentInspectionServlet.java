package bg.integra.testsupport;

import bg.integra.common.NotFoundException;
import bg.integra.news.NewsService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * GET /test-support/inspect-content?title=…|id=…: the content as stored (status, version, texts, gallery,
 * attachment), whether the public news service finds it by its address, and the number of stored files.
 */
@WebServlet("/test-support/inspect-content")
public class ContentInspectionServlet extends HttpServlet {

    @Inject
    private ContentInspection inspection;

    @Inject
    private NewsService news;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        String title = request.getParameter("title");
        JsonObject content = id != null ? inspection.byId(Long.parseLong(id)) : title != null ? inspection.byTitle(title) : null;
        JsonObjectBuilder answer = Json.createObjectBuilder().add("storedFiles", inspection.storedFiles());
        if (content != null) {
            answer.add("content", content);
            if ("NEWS".equals(content.getString("type"))) answer.add("publicNews", isPublic(content.getString("slug")));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer.build().toString());
    }

    private boolean isPublic(String slug) {
        try {
            news.article(slug);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
