package bg.integra.web.common;

import bg.integra.common.Sha256;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Base64;

/** Strong ETags computed from the bytes of an answer, and the check of a client's {@code If-None-Match}. */
public final class HttpValidation {

    private HttpValidation() {
    }

    public static String etag(byte[] body) {
        return "\"" + opaqueTag(body) + "\"";
    }

    /** The tag without its quotes, as JAX-RS's {@code EntityTag} takes it: 27 characters of the body's SHA-256. */
    public static String opaqueTag(byte[] body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(body)).substring(0, 27);
    }

    /** Whether the client already holds the answer with this tag (then it gets 304 and no body). */
    public static boolean notModified(HttpServletRequest request, String etag) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch == null) return false;
        if (ifNoneMatch.strip().equals("*")) return true;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals(etag)) return true;
        }
        return false;
    }

    /** The address of the site as the client reached it ({@code https://example.org}), for absolute links. */
    public static String baseUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
