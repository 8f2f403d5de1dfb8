package bg.integra.web.security;

import bg.integra.account.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Back-office pages that only an administrator may see answer a coordinator as if they did not exist, so that
 * the back-office does not advertise what it holds. (Signing in is still enforced by web.xml for all of /admin.)
 */
public class AdministratorOnlyFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !request.isUserInRole(Roles.ADMIN)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
