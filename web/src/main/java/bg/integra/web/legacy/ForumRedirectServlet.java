package bg.integra.web.legacy;

import bg.integra.common.Languages;
import bg.integra.web.portal.PortalLanguage;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The old platform's forum lived under {@code /forum/}. Until the forum has its new home on this portal, every
 * old forum address answers {@code 301 Moved Permanently} to the page that says where it is going, in the
 * visitor's language when the old link named one of the portal's.
 */
@WebServlet({"/forum", "/forum/*"})
public class ForumRedirectServlet extends HttpServlet {

    static final String TARGET = "/forum-moved";

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
