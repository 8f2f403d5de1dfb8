package bg.integra.web.security;

import bg.integra.web.common.BackofficeLocale;
import bg.integra.web.common.Html;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Answers an upload bigger than the Faces servlet's multipart limit (init parameter {@code maxBytes}, the
 * {@code max-request-size} of web.xml) with 413 and a short page that says so, in the back-office's language. Without it the container would refuse
 * to parse the request and the user would see the server-error page. Smaller uploads, including ones over
 * the 10 MB that the platform keeps, go on to the page, which refuses them with a message at the field.
 */
public class MultipartLimitFilter extends HttpFilter {

    private static final int DRAIN_FACTOR = 5;
    private long maxBytes;

    @Inject
    private BackofficeLocale locale;

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
            tooLarge(request.getContextPath(), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A page of its own rather than an error page: an error page would be a Faces view, and Faces would try to
     * read this very multipart request again.
     */
    private void tooLarge(String contextPath, HttpServletResponse response) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale.getLocale());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String title = Html.escape(bundle.getString("cnt.tooLarge.title"));
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLang() + "\"><head><meta charset=\"utf-8\"><title>"
                + title + "</title></head><body><h1>" + title + "</h1><p>" + Html.escape(bundle.getString("cnt.tooLarge.text"))
                + "</p><p><a href=\"" + Html.escape(contextPath) + "/admin/content/list.xhtml\">"
                + Html.escape(bundle.getString("cnt.tooLarge.back")) + "</a></p></body></html>");
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
