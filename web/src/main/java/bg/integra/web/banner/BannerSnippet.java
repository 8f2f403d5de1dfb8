package bg.integra.web.banner;

import bg.integra.common.Languages;
import bg.integra.web.common.Html;
import bg.integra.web.common.PortalTexts;

/**
 * The HTML a partner site pastes to show a project's electronic banner: an {@code <iframe>} of
 * {@code /banner/{projectId}}. The back-office shows it to copy.
 */
public final class BannerSnippet {

    /** The banner's size in CSS pixels; the banner page is laid out for it and fits narrower phones too. */
    public static final int WIDTH = 360;
    public static final int HEIGHT = 240;

    private BannerSnippet() {
    }

    /** The snippet of the Bulgarian banner; {@code baseUrl} is the portal's public address, e.g. {@code https://integra.bg}. */
    public static String of(String baseUrl, long projectId) {
        return of(baseUrl, projectId, Languages.DEFAULT);
    }

    /** The snippet of the banner in a portal language (any other code gives the Bulgarian banner). */
    public static String of(String baseUrl, long projectId, String lang) {
        String language = Languages.portalOrDefault(lang);
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String src = base + "/banner/" + projectId + (Languages.DEFAULT.equals(language) ? "" : "?lang=" + language);
        String title = PortalTexts.of(language).getString("banner.frameTitle");
        return "<iframe src=\"" + Html.escape(src) + "\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
                + "\" title=\"" + Html.escape(title) + "\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
    }
}
