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
 * The language of a portal page, one of {@link Languages#PORTAL}. It is in the address as {@code ?lang=en} so
 * that a link to a page in a language can be shared; without it (or with a language the portal does not speak)
 * the page is in Bulgarian. Links made through {@link #href(String)} keep
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
            lang = of(request);
        }
        return lang;
    }

    /**
     * The one rule for a portal request's language, for the pages (through this bean) and for the servlets that
     * serve the portal outside JSF (feeds, banner, open data): {@code ?lang=} if the portal speaks it, else Bulgarian.
     */
    public static String of(HttpServletRequest request) {
        return Languages.portalOrDefault(request.getParameter(PARAMETER));
    }

    /**
     * The locale that formats the page. Arabic and Farsi pages keep Western digits, as the numbers written
     * straight into the page have them: one row should not mix two kinds of digits.
     */
    public Locale getLocale() {
        String lang = getLang();
        return Locale.forLanguageTag(Languages.RIGHT_TO_LEFT.contains(lang) ? lang + "-u-nu-latn" : lang);
    }

    /** Text direction of the page: right to left for Arabic and Farsi. */
    public String getDir() {
        return dir(getLang());
    }

    /** Text direction of a language, for an element whose text is in another language than the page. */
    public String dir(String language) {
        return Languages.direction(language);
    }

    /** The language of a text for its element's lang attribute, or null (no attribute) when it is the page's. */
    public String langIfOther(String textLanguage) {
        return getLang().equals(textLanguage) ? null : textLanguage;
    }

    /** The direction of a text for its element's dir attribute, or null (no attribute) when it is the page's. */
    public String dirIfOther(String textLanguage) {
        String dir = dir(textLanguage);
        return dir.equals(getDir()) ? null : dir;
    }

    public boolean isDefaultLanguage() {
        return Languages.DEFAULT.equals(getLang());
    }

    /** A path on this site in the current language. */
    public String href(String path) {
        return withLang(request.getContextPath() + path, getLang());
    }

    /** A path on this site in a given language (a topic's link to one of its translations). */
    public String hrefIn(String path, String target) {
        return withLang(request.getContextPath() + path, Languages.portalOrDefault(target));
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
        return Languages.PORTAL;
    }

    /** {@code url} in {@code lang}: Bulgarian, the default, has no parameter. */
    public static String withLang(String url, String lang) {
        if (Languages.DEFAULT.equals(lang)) return url;
        return url + (url.contains("?") ? "&" : "?") + PARAMETER + "=" + URLEncoder.encode(lang, StandardCharsets.UTF_8);
    }
}
