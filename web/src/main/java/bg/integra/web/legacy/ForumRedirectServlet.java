package bg.integra.web.legacy;

import bg.integra.common.Languages;
import bg.integra.web.portal.PortalLanguage;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The old platform's forum lived under {@code /forum/} ({@code /forum/index.php}, {@code /forum/viewtopic.php?t=…});
 * its posts did not move, so every old forum address that is not one of the new forum's
 * ({@link bg.integra.web.portal.PortalRoutingFilter} sends only those on) answers {@code 301 Moved Permanently} to
 * the forum, in the visitor's language when the old link named one of the portal's. So does {@code /forum-moved},
 * the page that announced the move while the forum was being built.
 */
@WebServlet({"/forum/*", "/forum-moved", "/forum-moved/*"})
public class ForumRedirectServlet extends HttpServlet {

    static final String TARGET = "/forum";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = request.getParameter(PortalLanguage.PARAMETER);
        String target = request.getContextPath() + TARGET;
        if (lang != null && !Languages.DEFAULT.equals(lang) && Languages.PORTAL.contains(lang)) {
            target += "?" + PortalLanguage.PARAMETER + "=" + lang;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", target);
        response.setHeader("Cache-Control", "public, max-age=86400");
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
