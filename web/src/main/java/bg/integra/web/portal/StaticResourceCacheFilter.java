package bg.integra.web.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The portal's style sheet and images change only with a release, so browsers may keep them for a day without
 * asking; a changed style sheet gets a new {@code ?v=} in the template.
 */
public class StaticResourceCacheFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "public, max-age=86400");
        chain.doFilter(request, response);
    }
}
