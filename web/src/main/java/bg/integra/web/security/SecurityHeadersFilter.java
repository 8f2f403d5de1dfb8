package bg.integra.web.security;

import bg.integra.web.network.MapTiles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every answer. The portal's few scripts are files of its own (the map of /network), so its
 * policy forbids inline code entirely; its images come from the portal itself and, when the map has tiles
 * ({@link MapTiles}), from that tile server. PrimeFaces in the back-office needs inline scripts and styles, so there
 * the policy is looser.
 * Every page refuses to be framed by other sites (clickjacking), except a project's electronic banner
 * ({@code /banner/…}), which exists to be shown in an {@code <iframe>} on partner sites: it runs no script and
 * holds nothing to click but a link to its project.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String PORTAL_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    private static final String PORTAL_IMAGES = "img-src 'self' data:";
    static final String BACKOFFICE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";
    /** The banner's style is inline so that it is one request; there is no script, form or plugin to allow. */
    static final String BANNER_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors *";
    /** The banner servlet's mapping as the container resolved it: a raw {@code /banner/../login.xhtml} is not it. */
    static final String BANNER_SERVLET_PATH = "/banner";

    private final String portalPolicy = portalPolicy(MapTiles.fromEnvironment());

    /** The portal's policy, with the map's tile server among the sources of images when there is one. */
    static String portalPolicy(MapTiles tiles) {
        return tiles.isConfigured()
                ? PORTAL_POLICY.replace(PORTAL_IMAGES, PORTAL_IMAGES + " " + tiles.origin())
                : PORTAL_POLICY;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean backoffice = path.startsWith("/admin/") || path.startsWith("/login.xhtml")
                || path.startsWith("/jakarta.faces.resource/");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (BANNER_SERVLET_PATH.equals(request.getServletPath())) {
            response.setHeader("Content-Security-Policy", BANNER_POLICY);
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (!path.startsWith("/api/") && !path.startsWith("/openapi")) {
            response.setHeader("Content-Security-Policy", backoffice ? BACKOFFICE_POLICY : portalPolicy);
        }
        if (path.startsWith("/admin/") || path.startsWith("/login.xhtml")) {
            response.setHeader("Cache-Control", "no-store"); // staff pages hold personal data; their scripts may be cached
        }
        chain.doFilter(request, response);
    }
}
