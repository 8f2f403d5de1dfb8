package bg.integra.web.opendata;

import bg.integra.common.Languages;
import bg.integra.web.common.HttpValidation;
import bg.integra.web.portal.PortalLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Everything below {@code /open-data}: the page {@code /open-data/} (forwarded to its view; a servlet rather than a
 * route of {@code PortalRoutingFilter}, because the container maps an address ending in "/" that no servlet claims
 * to a welcome file before any filter sees it) and the downloads: {@code /open-data/practices.csv} ({@code ?lang=} as every portal address; one the portal
 * does not speak is Bulgarian) and the HSDS package, {@code /open-data/hsds/FILE} in Bulgarian and
 * {@code /open-data/hsds/LANG/FILE} in another portal language: the language is a folder, so that the package's
 * relative paths lead to the tables of its own language whether it is read on the site or from a saved copy.
 * Every answer has an ETag and Last-Modified (when the file was generated), is {@code 304} to a matching
 * {@code If-None-Match} (or, without one, to an {@code If-Modified-Since} not older), and goes gzipped to a client
 * that accepts it.
 */
@WebServlet("/open-data/*")
public class OpenDataServlet extends HttpServlet {

    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
    static final String PAGE = "/open-data.xhtml";
    private static final String HSDS = "/hsds/";

    @Inject
    private OpenData openData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            request.getRequestDispatcher(PAGE).forward(request, response);
        } else if (path.equals("/" + PracticesCsv.FILE)) {
            String lang = PortalLanguage.of(request);
            send(openData.practices(lang, HttpValidation.baseUrl(request)), lang, request, response);
        } else if (path.startsWith(HSDS)) {
            hsds(path.substring(HSDS.length()), request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** {@code FILE} in Bulgarian or {@code LANG/FILE}. */
    private void hsds(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = path.split("/", -1);
        String lang = parts.length == 2 ? parts[0] : Languages.DEFAULT;
        boolean otherLanguage = parts.length == 2 && Languages.PORTAL.contains(lang) && !Languages.DEFAULT.equals(lang);
        Dataset file = parts.length == 1 || otherLanguage ? openData.hsds(lang).get(parts[parts.length - 1]) : null;
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(file, lang, request, response);
    }

    private static void send(Dataset file, String lang, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("ETag", file.etag());
        response.setDateHeader("Last-Modified", file.generated().toEpochMilli());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", "Accept-Encoding");
        if (notModified(request, file)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Language", lang);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.file() + "\"");
        boolean head = "HEAD".equals(request.getMethod());
        if (acceptsGzip(request)) {
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLength(file.gzipped().length);
            if (!head) response.getOutputStream().write(file.gzipped());
        } else {
            response.setContentLengthLong(file.size());
            if (head) return;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file.gzipped()), 16 * 1024)) {
                in.transferTo(response.getOutputStream());
            }
        }
    }

    /** If-None-Match decides when it is sent; else If-Modified-Since (RFC 9110, 13.1.3). */
    private static boolean notModified(HttpServletRequest request, Dataset file) {
        if (request.getHeader("If-None-Match") != null) return HttpValidation.notModified(request, file.etag());
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // not a date: ignored, as the RFC says
        }
        return since >= 0 && file.generated().toEpochMilli() <= since;
    }

    /** Whether the client takes gzip: named in Accept-Encoding without {@code q=0}. */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        if (accepted == null) return false;
        for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (!name.equals("gzip") && !name.equals("x-gzip")) continue;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip().replace(" ", "");
                if (p.matches("q=0(\\.0{0,3})?")) return false;
            }
            return true;
        }
        return false;
    }
}
