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

    private static final int DRAIN_FACTOR = 5;
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
            // A client still sending its body does not read an answer sent before it is done: it would see a
            // broken connection. So the body is read and dropped first, up to a bound beyond which nobody uploads
            // by mistake (and the connection is simply closed).
            if (request.getContentLengthLong() <= DRAIN_FACTOR * maxBytes) drain(request);
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void drain(HttpServletRequest request) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (var in = request.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // dropped
            }
        }
    }
}
