package bg.integra.web.registration;

import bg.integra.common.ConflictException;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.registration.Registrant;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationService;
import bg.integra.registration.RegistrationStatus;
import bg.integra.web.common.Html;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * /registrations/cancel/{token}, the link in every registration e-mail. GET only shows the registration and a
 * button, because mail scanners and link previews open links by themselves; the POST of that button cancels.
 * The token in the address is the registrant's secret, so the page is never cached and sends no referrer.
 * Plain HTML in Bulgarian or English, without scripts, like the rest of the portal.
 */
@WebServlet("/registrations/cancel/*")
public class CancelRegistrationServlet extends HttpServlet {

    @Inject
    private RegistrationService registrations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = language(request);
        try {
            Registration r = registrations.registration(token(request));
            String title = r.getEvent().text(lang).getTitle();
            if (r.getStatus() == RegistrationStatus.CANCELLED) {
                page(response, 200, lang, text(lang, "reg.cancel.done", title), null);
            } else {
                String state = text(lang, r.getStatus() == RegistrationStatus.CONFIRMED ? "reg.cancel.confirmed" : "reg.cancel.waitlisted", title);
                page(response, 200, lang, state, text(lang, "reg.cancel.button"));
            }
        } catch (NotFoundException e) {
            page(response, 404, lang, text(lang, "reg.cancel.unknown"), null);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = language(request);
        try {
            Registration r = registrations.cancel(token(request));
            page(response, 200, lang, text(lang, "reg.cancel.done", r.getEvent().text(lang).getTitle()), null);
        } catch (NotFoundException e) {
            page(response, 404, lang, text(lang, "reg.cancel.unknown"), null);
        } catch (ConflictException e) {
            page(response, 409, lang, text(lang, "reg.cancel.started"), null);
        }
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null || path.length() < 2 ? "" : path.substring(1);
    }

    /** Bulgarian or English, as the e-mail was written. */
    private static String language(HttpServletRequest request) {
        return Registrant.mailLanguage(request.getParameter("lang") == null ? Languages.DEFAULT : request.getParameter("lang"));
    }

    private static String text(String lang, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(lang),
                CancelRegistrationServlet.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.forLanguageTag(lang)).format(args);
    }

    private static void page(HttpServletResponse response, int status, String lang, String message, String button)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        String heading = text(lang, "reg.cancel.title");
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(heading)).append(" – ").append(Html.escape(text(lang, "site.name"))).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/portal.css?v=5\"></head><body><main>")
                .append("<h1>").append(Html.escape(heading)).append("</h1><p>").append(Html.escape(message)).append("</p>");
        if (button != null) {
            html.append("<form method=\"post\"><button type=\"submit\">").append(Html.escape(button)).append("</button></form>");
        }
        html.append("<p><a href=\"/").append(Languages.DEFAULT.equals(lang) ? "" : "?lang=" + lang).append("\">")
                .append(Html.escape(text(lang, "site.name"))).append("</a></p></main></body></html>\n");
        response.getWriter().write(html.toString());
    }
}
