package bg.integra.web.banner;

import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.web.common.Html;
import bg.integra.web.common.HttpValidation;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.portal.PortalLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's electronic banner ({@code /banner/{projectId}?lang=en}), the publicity measure that partner sites
 * show in an {@code <iframe>} (see {@link BannerSnippet}): the EU emblem, the project's name, the funding
 * statement and a link back to the project's page. It is one small page with its style inline and no script,
 * so that it costs the partner's visitors one request and the emblem; it is the only page of the site that
 * other sites may frame ({@code SecurityHeadersFilter}).
 */
@WebServlet("/banner/*")
public class BannerServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/?");
    private static final String CACHE_CONTROL = "public, max-age=300";
    static final String STYLE = "html,body{margin:0;height:100%}"
            + "body{font:14px/1.4 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif;color:#1b1f24;background:#fff}"
            + ".banner{box-sizing:border-box;height:100%;display:flex;gap:12px;align-items:flex-start;padding:12px;"
            + "border:1px solid #c9d2de;border-top:4px solid #0b3d7a;overflow:hidden;overflow-wrap:break-word}"
            + ".banner img{flex:none;width:60px;height:40px}"
            + ".banner div{min-width:0}"
            + ".banner p{margin:0 0 6px}"
            + ".title{font-weight:700;font-size:15px}"
            + ".title a{color:#0b4f9c}"
            + ".title a:focus-visible{outline:3px solid #c25400;outline-offset:2px}"
            + ".funding{font-size:12.5px;color:#3a4350}";

    @Inject
    private ProjectService projects;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = PortalLanguage.of(request);
        ResourceBundle texts = PortalTexts.of(lang);
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Project project = null;
        if (m.matches()) {
            try {
                project = projects.get(Long.parseLong(m.group(1)));
            } catch (NotFoundException | NumberFormatException e) {
                // answered below as not found
            }
        }
        String html;
        if (project == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            html = page(lang, texts.getString("banner.notFound"), "<p>" + Html.escape(texts.getString("banner.notFound")) + "</p>");
        } else {
            html = banner(project, lang, texts, request.getContextPath());
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        if (project != null) {
            String etag = HttpValidation.etag(body);
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", CACHE_CONTROL);
            if (HttpValidation.notModified(request, etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(body);
    }

    static String banner(Project project, String lang, ResourceBundle texts, String contextPath) {
        String textLang = project.textLanguage(lang);
        String title = project.text(lang).getTitle();
        String href = PortalLanguage.withLang(contextPath + "/projects/" + project.getId(), lang);
        String titleAttributes = textLang.equals(lang) ? ""
                : " lang=\"" + textLang + "\" dir=\"" + Languages.direction(textLang) + "\"";
        String content = "<div class=\"banner\">"
                + "<img src=\"" + contextPath + "/static/eu-flag.svg\" alt=\"" + Html.escape(texts.getString("publicity.emblemAlt"))
                + "\" width=\"60\" height=\"40\">"
                + "<div><p class=\"title\"><a href=\"" + Html.escape(href) + "\" target=\"_blank\" rel=\"noopener\"" + titleAttributes + ">"
                + Html.escape(title) + "</a></p>"
                + "<p class=\"funding\">" + Html.escape(texts.getString("publicity.funding")) + "</p></div></div>";
        return page(lang, title, content);
    }

    private static String page(String lang, String title, String content) {
        String dir = Languages.direction(lang);
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\" dir=\"" + dir + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title><style>" + STYLE + "</style></head>"
                + "<body>" + content + "</body></html>\n";
    }
}
