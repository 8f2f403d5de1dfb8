package bg.integra.web.legacy;

import bg.integra.legacy.LegacyAddressService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Keeps the old platform's addresses ({@code /Main.do?siteKey=1742-12}) working: a known key answers
 * {@code 301 Moved Permanently} to the page that replaced it, an unknown one the not-found page.
 */
@WebServlet("/Main.do")
public class LegacyRedirectServlet extends HttpServlet {

    @Inject
    private LegacyAddressService legacyAddresses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (String parameter : LegacyAddressService.PARAMETERS) {
            Optional<String> target = legacyAddresses.resolve(parameter, request.getParameter(parameter));
            if (target.isPresent()) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getContextPath() + target.get());
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
