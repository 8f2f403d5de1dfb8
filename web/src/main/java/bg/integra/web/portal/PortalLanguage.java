package bg.integra.web.portal;

import bg.integra.common.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The language of a portal page. It is in the address as {@code ?lang=en} so that a link to a page in a
 * language can be shared; without it the page is in Bulgarian. Links made through {@link #href(String)} keep
 * the language, and {@link #switchTo(String)} gives the same page in another language.
 */
@Named("portal")
@RequestScoped
public class PortalLanguage {

    public static final String PARAMETER = "lang";

    @Inject
    private HttpServletRequest request;

    private String lang;

    public String getLang() {
        if (lang == null) {
            lang = Languages.orDefault(request.getParameter(PARAMETER));
        }
        return lang;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLang());
    }

    /** Text direction of the page; every supported language so far is left to right. */
    public String getDir() {
        return "ltr";
    }

    public boolean isDefaultLanguage() {
        return Languages.DEFAULT.equals(getLang());
    }

    /** A path on this site in the current language. */
    public String href(String path) {
        return withLang(request.getContextPath() + path, getLang());
    }

    /** The page being shown, in another language. */
    public String switchTo(String target) {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        StringBuilder kept = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(PARAMETER + "=")) {
                    kept.append(kept.isEmpty() ? "" : "&").append(pair);
                }
            }
        }
        String base = kept.isEmpty() ? uri : uri + "?" + kept;
        return withLang(base, target);
    }

    public java.util.List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    static String withLang(String url, String lang) {
        if (Languages.DEFAULT.equals(lang)) return url;
        return url + (url.contains("?") ? "&" : "?") + PARAMETER + "=" + URLEncoder.encode(lang, StandardCharsets.UTF_8);
    }
}
