package bg.integra.web.forum;

import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.forum.ForumWriting;
import bg.integra.media.InvalidFileException;
import bg.integra.media.StoredFile;
import bg.integra.media.Uploads;
import bg.integra.web.portal.PortalSession;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * POST /forum/pictures: a signed-in writer's picture for their posts, from the plain form under a topic's reply form
 * (multipart, with the session's form token; no JavaScript needed). Stored by {@link ForumWriting#storePicture}, then
 * 303 back to the topic with {@code ?picture=ID}, where the page shows the Markdown line to paste into the text; a
 * refusal goes back with {@code ?pictureError=KEY} (a message of the forum's bundle). Counts against the forum's
 * forms per address. Only a topic's address is a way back, never another site.
 */
@WebServlet("/forum/pictures")
@MultipartConfig(maxFileSize = Uploads.MAX_BYTES, maxRequestSize = Uploads.MAX_BYTES + 65_536L, fileSizeThreshold = 1_048_576)
public class ForumPictureServlet extends HttpServlet {

    /** A topic's page, in a language or not: the only addresses the form returns to. */
    private static final Pattern BACK = Pattern.compile("/forum/t/[a-z0-9-]{1,300}(\\?lang=[a-z]{2})?");

    @Inject
    private ForumWriting writing;

    @Inject
    private ForumPostLimit limit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        Optional<PortalSession.SignedIn> visitor = PortalSession.of(request);
        String back = request.getParameter("back");
        if (back == null || !BACK.matcher(back).matches()) back = "/forum";
        if (visitor.isEmpty() || !PortalSession.validFormToken(request, request.getParameter(ForumPage.FORM_TOKEN))) {
            seeOther(request, response, back, "pictureError", "forum.expired");
            return;
        }
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            seeOther(request, response, back, "pictureError", "forum.tooMany");
            return;
        }
        byte[] bytes;
        String name;
        try {
            Part part = request.getPart("picture");
            if (part == null || part.getSize() == 0) {
                seeOther(request, response, back, "pictureError", "forum.picture.refused");
                return;
            }
            name = part.getSubmittedFileName();
            try (InputStream in = part.getInputStream()) {
                bytes = in.readAllBytes();
            }
        } catch (IllegalStateException e) { // larger than the multipart limits
            seeOther(request, response, back, "pictureError", "forum.picture.refused");
            return;
        }
        try {
            StoredFile file = writing.storePicture(visitor.get().accountId(), name, bytes);
            seeOther(request, response, back, "picture", Long.toString(file.getId()));
        } catch (InvalidFileException e) {
            seeOther(request, response, back, "pictureError", "forum.picture.refused");
        } catch (RuleRefusedException e) {
            seeOther(request, response, back, "pictureError", e.reason());
        } catch (NotFoundException e) { // the account was deleted meanwhile
            seeOther(request, response, back, "pictureError", "forum.expired");
        }
    }

    private static void seeOther(HttpServletRequest request, HttpServletResponse response, String back, String name,
                                 String value) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + back + (back.contains("?") ? "&" : "?") + name + "="
                + value + "#reply");
    }
}
