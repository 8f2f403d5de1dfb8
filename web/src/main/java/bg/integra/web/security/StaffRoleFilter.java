package bg.integra.web.security;

import bg.integra.account.Role;
import bg.integra.account.StaffArea;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Back-office pages of one {@link StaffArea} (init parameter {@code area}, a constant's name) answer anyone
 * else who is signed in as if they did not exist, so that the back-office does not advertise what it holds:
 * a coordinator never learns of the accounts or the content pages, an editor never of the projects. (Signing in
 * is still enforced by web.xml for all of /admin; the services check the roles again on every write.)
 */
public class StaffRoleFilter extends HttpFilter {

    private StaffArea area;

    @Override
    public void init() throws ServletException {
        String configured = getInitParameter("area");
        try {
            area = StaffArea.valueOf(configured == null ? "" : configured.strip());
        } catch (IllegalArgumentException e) {
            throw new ServletException("StaffRoleFilter needs the init parameter area, one of StaffArea's names: " + configured);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && area.roles().stream().map(Role::roleName).noneMatch(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
