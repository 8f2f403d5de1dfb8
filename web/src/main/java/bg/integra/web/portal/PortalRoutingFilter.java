package bg.integra.web.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readable addresses for the portal: {@code /projects/5} is the page {@code /project.xhtml?id=5}. */
public class PortalRoutingFilter extends HttpFilter {

    private static final Pattern PROJECT = Pattern.compile("/projects/(\\d{1,18})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = PROJECT.matcher(path);
        if (m.matches()) {
            request.getRequestDispatcher("/project.xhtml?id=" + m.group(1)).forward(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
