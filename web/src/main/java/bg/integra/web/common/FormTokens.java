package bg.integra.web.common;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The double-submit token of the portal's forms for visitors who are not signed in (an event's registration,
 * signing up and in, a forgotten password): a random value in a same-site, HttpOnly cookie that the form repeats
 * in a hidden field {@code formToken}. Another site can make a browser post the form but cannot read the cookie to
 * repeat it, so a post whose field does not match the cookie did not come from the form. Needs no session.
 */
public final class FormTokens {

    /** The form's hidden field. */
    public static final String FIELD = "formToken";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormTokens() {
    }

    /**
     * The visitor's token from the cookie {@code name}, made and set (for the paths below {@code path}, relative to
     * the context) when the visitor has none yet.
     */
    public static String issue(HttpServletRequest request, HttpServletResponse response, String name, String path) {
        String token = cookie(request, name);
        if (token != null) return token;
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Cookie cookie = new Cookie(name, token);
        cookie.setPath(request.getContextPath() + path);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
        return token;
    }

    /** Whether the posted {@value #FIELD} is the one in the visitor's cookie {@code name}. */
    public static boolean matches(HttpServletRequest request, String name) {
        String sent = request.getParameter(FIELD);
        String kept = cookie(request, name);
        return sent != null && kept != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII),
                kept.getBytes(StandardCharsets.US_ASCII));
    }

    private static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) return null;
        for (Cookie c : request.getCookies()) {
            if (name.equals(c.getName()) && c.getValue() != null && TOKEN.matcher(c.getValue()).matches()) {
                return c.getValue();
            }
        }
        return null;
    }
}
