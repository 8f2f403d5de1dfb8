package bg.integra.web.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/**
 * Makes the public portal pages revalidatable: each answer carries an ETag computed from its bytes, and a
 * browser or proxy that already holds those bytes gets {@code 304 Not Modified} with no body, which matters on
 * a slow mobile line.
 */
public class PortalCacheFilter extends HttpFilter {

    private static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/project.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean portalPage = PAGES.contains(path) || path.startsWith("/projects/");
        if (!portalPage || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        BufferingResponse buffered = new BufferingResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        if (buffered.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
            if (!response.isCommitted()) response.getOutputStream().write(body);
            return;
        }
        String etag = etag(body);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
        response.setHeader("Vary", "Accept-Encoding");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds the page in memory until it is complete, so that its ETag can be computed before sending. */
    static final class BufferingResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        BufferingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override public boolean isReady() { return true; }
                    @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
                    @Override public void write(int b) { bytes.write(b); }
                    @Override public void write(byte[] b, int off, int len) { bytes.write(b, off, len); }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(encoding)));
            }
            return writer;
        }

        @Override public void setContentLength(int len) { }
        @Override public void setContentLengthLong(long len) { }
        @Override public void flushBuffer() { if (writer != null) writer.flush(); }
        @Override public void resetBuffer() { bytes.reset(); }
        @Override public void reset() { super.reset(); bytes.reset(); }

        byte[] body() {
            if (writer != null) writer.flush();
            return bytes.toByteArray();
        }
    }
}
