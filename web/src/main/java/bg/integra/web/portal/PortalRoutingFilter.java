package bg.integra.web.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable addresses for the portal: {@code /projects/5} is the page {@code /project.xhtml?id=5},
 * {@code /news/seminar-v-haskovo} is {@code /article.xhtml?slug=seminar-v-haskovo}. The forward keeps the
 * visitor's own parameters ({@code lang}, {@code page}, {@code q}); an address that matches no route is 404.
 */
public class PortalRoutingFilter extends HttpFilter {

    private static final String LEGACY_FORUM = "/forum/";
    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";

    /** A pattern of the address and the page it shows; {@code $1} in the page is the captured segment. */
    private record Route(Pattern address, String page) {
        Route(String address, String page) {
            this(Pattern.compile(address), page);
        }
    }

    private static final String TOKEN = "([A-Za-z0-9_-]{1,100})";
    private static final String CODE = "([A-Za-z0-9-]{1,40})";

    private static final List<Route> ROUTES = List.of(
            // the portal account (web.portalaccount); /account/export is its servlet
            new Route("/account/?", "/account/settings.xhtml"),
            new Route("/account/(sign-up|check-mail|sign-in|sign-out|reset|delete)/?", "/account/$1.xhtml"),
            new Route("/account/confirm/" + TOKEN + "/?", "/account/confirm.xhtml?token=$1"),
            new Route("/account/reset/" + TOKEN + "/?", "/account/reset-password.xhtml?token=$1"),
            new Route("/account/stop-mails/" + TOKEN + "/?", "/account/stop-mails.xhtml?key=$1"),
            new Route("/account/export", "/account/export"),
            new Route("/projects/(\\d{1,18})/?", "/project.xhtml?id=$1"),
            new Route("/news/?", "/news.xhtml"),
            new Route("/news/" + SLUG + "/?", "/article.xhtml?slug=$1"),
            new Route("/events/?", "/events.xhtml"),
            new Route("/events/" + SLUG + "/?", "/event.xhtml?slug=$1"),
            new Route("/events/" + SLUG + "/register/?", "/register.xhtml?slug=$1"),
            new Route("/events/" + SLUG + "/registered/?", "/registered.xhtml?slug=$1"),
            new Route("/resources/?", "/resources.xhtml"),
            new Route("/resources/" + SLUG + "/?", "/resource.xhtml?slug=$1"),
            new Route("/info/?", "/info.xhtml"),
            new Route("/info/" + SLUG + "/?", "/topic.xhtml?slug=$1"),
            new Route("/network/?", "/network.xhtml"),
            new Route("/network/" + SLUG + "/?", "/network-member.xhtml?slug=$1"),
            new Route("/practices/?", "/practices.xhtml"),
            new Route("/practices/(\\d{1,18})/?", "/practice.xhtml?id=$1"),
            new Route("/cases/?", "/cases.xhtml"),
            new Route("/cases/(\\d{1,18})/?", "/case.xhtml?id=$1"),
            new Route("/measures/?", "/measures.xhtml"),
            new Route("/measures/(\\d{1,18})/?", "/measure.xhtml?id=$1"),
            new Route("/initiatives/?", "/initiatives.xhtml"),
            new Route("/initiatives/(\\d{1,18})/?", "/initiative.xhtml?id=$1"),
            new Route("/search/?", "/search.xhtml"),
            new Route("/training/?", "/training.xhtml"),
            new Route("/training/" + SLUG + "/?", "/training-course.xhtml?slug=$1"),
            new Route("/training/" + SLUG + "/lessons/(\\d{1,18})/?", "/training-lesson.xhtml?slug=$1&id=$2"),
            // a certificate's verification page and files (web.training), by its code as printed or typed
            new Route("/certificates/?", "/certificate.xhtml"),
            new Route("/certificates/" + CODE + "/?", "/certificate.xhtml?code=$1"),
            new Route("/certificates/" + CODE + "/certificate\\.pdf", "/certificate-file?code=$1&format=pdf"),
            new Route("/certificates/" + CODE + "/credential\\.jwt", "/certificate-file?code=$1&format=jwt"),
            new Route("/forum/?", "/forum.xhtml"),
            new Route("/forum/notifications/?", "/forum-notifications.xhtml"),
            new Route("/forum/c/" + SLUG + "/?", "/forum-category.xhtml?slug=$1"),
            new Route("/forum/c/" + SLUG + "/new/?", "/forum-new.xhtml?slug=$1"),
            new Route("/forum/c/" + SLUG + "/feed\\.xml", "/forum-feed?slug=$1"),
            // the slug before the id may be old or wrong: the page moves such an address to the topic's own; the
            // end anchor makes the replacement (a new search) take the whole slug rather than its shortest start
            new Route("/forum/t/([a-z0-9-]*?)-?(\\d{1,18})/?$", "/forum-topic.xhtml?slug=$1&id=$2"),
            new Route("/forum/p/(\\d{1,18})/edit/?", "/forum-edit.xhtml?id=$1"),
            // a member's page, in any case as a mention was typed (the page answers 301 to the handle's own)
            new Route("/forum/u/([A-Za-z0-9_.-]{2,30})/?", "/forum-member.xhtml?handle=$1"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Route route : ROUTES) {
            Matcher m = route.address().matcher(path);
            if (m.matches()) {
                request.getRequestDispatcher(m.replaceFirst(route.page())).forward(request, response);
                return;
            }
        }
        if (path.startsWith(LEGACY_FORUM)) {
            chain.doFilter(request, response); // the old forum's addresses: moved to the forum (web.legacy)
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
