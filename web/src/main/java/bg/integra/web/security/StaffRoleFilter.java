package bg.integra.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Back-office pages that only some roles may see (init parameter {@code roles}, comma-separated) answer anyone
 * else who is signed in as if they did not exist, so that the back-office does not advertise what it holds:
 * a coordinator never learns of the accounts or the content pages, an editor never of the projects. (Signing in
 * is still enforced by web.xml for all of /admin; the services check the roles again on every write.)
 */
public class StaffRoleFilter extends HttpFilter {

    private List<String> roles;

    @Override
    public void init() throws ServletException {
        String configured = getInitParameter("roles");
        if (configured == null || configured.isBlank()) throw new ServletException("StaffRoleFilter needs the init parameter roles");
        roles = Arrays.stream(configured.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && roles.stream().noneMatch(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
