package bg.integra.web.media;

import bg.integra.common.NotFoundException;
import bg.integra.media.FileData;
import bg.integra.media.MediaService;
import bg.integra.media.StoredFile;
import bg.integra.web.common.HttpValidation;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves uploaded files: {@code /media/{id}/{name}} the file, {@code /media/{id}/thumbnail} a picture's
 * thumbnail. A stored file never changes, so browsers may keep it for a year without asking again. The type
 * sent is the one the server recognised on upload, never one the uploader claimed, and browsers are told not
 * to guess another. A file is also sent in parts ({@link ByteRange}: 206 with {@code Content-Range}), so that a
 * lesson's audio or video can be sought on a phone without loading it all; {@code If-Range} with another ETag
 * gets the whole file.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/([a-z0-9.\\-_]{1,80})");
    private static final String THUMBNAIL = "thumbnail";

    @Inject
    private MediaService media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile file;
        FileData data;
        try {
            file = media.get(Long.parseLong(m.group(1)));
            data = media.data(file.getId());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean thumbnail = THUMBNAIL.equals(m.group(2));
        if (!thumbnail && !file.getFileName().equals(m.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = thumbnail ? data.getThumbnail() : data.getData();
        if (bytes == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + file.getSha256().substring(0, 32) + (thumbnail ? "-t" : "") + "\"";
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (HttpValidation.notModified(request, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String type = thumbnail && file.getMediaType() != bg.integra.media.MediaType.JPEG ? "image/png" : file.getMediaType().mimeType();
        response.setContentType(type);
        response.setCharacterEncoding(null); // the container's default charset means nothing for bytes
        response.setHeader("Content-Disposition", (file.isImage() || thumbnail ? "inline" : "attachment")
                + "; filename=\"" + (thumbnail ? "thumbnail-" : "") + file.getFileName() + "\"");
        response.setHeader("Accept-Ranges", "bytes");
        String ifRange = request.getHeader("If-Range");
        ByteRange range = ifRange == null || ifRange.equals(etag)
                ? ByteRange.of(request.getHeader("Range"), bytes.length) : ByteRange.of(null, bytes.length);
        if (!range.satisfiable()) {
            response.setHeader("Content-Range", "bytes */" + bytes.length);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        if (range.isWhole()) {
            response.setContentLength(bytes.length);
            if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(bytes);
            return;
        }
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader("Content-Range", range.contentRange(bytes.length));
        response.setContentLength((int) range.size());
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(bytes, (int) range.first(), (int) range.size());
    }
}
