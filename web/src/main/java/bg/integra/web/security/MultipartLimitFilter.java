package bg.integra.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * Answers an upload bigger than the Faces servlet's multipart limit (init parameter {@code maxBytes}, the
 * {@code max-request-size} of web.xml) with 413 and a page that says so. Without it the container would refuse
 * to parse the request and the user would see the server-error page. Smaller uploads, including ones over
 * the 10 MB that the platform keeps, go on to the page, which refuses them with a message at the field.
 */
public class MultipartLimitFilter extends HttpFilter {

    private long maxBytes;

    @Override
    public void init() throws ServletException {
        try {
            maxBytes = Long.parseLong(getInitParameter("maxBytes"));
        } catch (RuntimeException e) {
            throw new ServletException("MultipartLimitFilter needs the init parameter maxBytes", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/") && request.getContentLengthLong() > maxBytes) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
