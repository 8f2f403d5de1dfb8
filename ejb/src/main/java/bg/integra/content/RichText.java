package bg.integra.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The HTML an editor may store: paragraphs, headings, lists, emphasis, quotes, simple tables, links to web and
 * mail addresses, and pictures from this site's own media. Everything else (scripts, styles, event handlers,
 * frames, forms, {@code javascript:} links) is removed before the text reaches the database, so that a page
 * never shows HTML that was not checked.
 */
public final class RichText {

    /** A picture's address in this site's own media ({@code /media/{id}/{name}}): the only pictures text may show. */
    private static final Pattern OWN_MEDIA = Pattern.compile("/media/\\d+/[^\\s\"'<>]*");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s",
                    "blockquote", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "hr")
            .allowAttributes("scope").onElements("th")
            .allowAttributes("lang").matching(Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")).globally()
            .allowAttributes("dir").matching(Pattern.compile("ltr|rtl|auto")).globally()
            .allowElements("a")
            .allowStandardUrlProtocols() // http, https, mailto
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowElements("img")
            .allowAttributes("src").matching((element, attribute, value) -> isOwnMedia(value) ? value : null).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("\\d{1,4}")).onElements("img")
            .toFactory();

    private RichText() {
    }

    /**
     * A picture of this site's media, and no other address of the site reached through it: a browser resolves
     * {@code ..} (also written {@code %2e%2e} or with backslashes) before it asks, so such a picture could call any
     * page of the site in its readers' names. The one rule for pictures in editors' HTML and in forum posts.
     */
    public static boolean isOwnMedia(String src) {
        return src != null && OWN_MEDIA.matcher(src).matches() && !src.contains("..") && !src.contains("\\")
                && !src.toLowerCase(java.util.Locale.ROOT).contains("%2e");
    }

    /** The allowed part of an editor's HTML; null or blank gives null. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) return null;
        String safe = POLICY.sanitize(html).strip();
        return safe.isEmpty() ? null : safe;
    }

    /** Plain text written as HTML paragraphs: for content typed without markup (demo data, the API). */
    public static String fromPlainText(String text) {
        if (text == null || text.isBlank()) return null;
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br />")).append("</p>");
        }
        return html.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    }
}
