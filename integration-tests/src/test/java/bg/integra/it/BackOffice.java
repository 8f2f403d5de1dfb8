package bg.integra.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The back-office as a browser without JavaScript sees it: signing in through the real JSF login form, and
 * reading and posting the (non-ajax) forms of its pages, with the view state the server handed out. Each
 * instance wraps one {@link Http}, so one cookie jar and one session.
 */
public final class BackOffice {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String ADMIN = "admin";

    private final Http http;

    public BackOffice(Http http) {
        this.http = http;
    }

    public BackOffice() {
        this(new Http());
    }

    public Http http() {
        return http;
    }

    /** The test server's administrator password (system property integra.adminPassword). */
    public static String adminPassword() {
        return System.getProperty("integra.adminPassword", "integration-tests-only");
    }

    /** Signs in as the test server's administrator; fails the test when that does not work. */
    public BackOffice signInAsAdmin() {
        return signInOrFail(ADMIN, adminPassword());
    }

    /** Signs in and fails the test when that does not work (no redirect away from the login page). */
    public BackOffice signInOrFail(String username, String password) {
        HttpResponse<String> r = signIn(username, password);
        if (!isRedirect(r) || location(r).startsWith(LOGIN_PAGE)) {
            throw new AssertionError("Signing in as " + username + " failed: " + r.statusCode() + " " + r.headers().map());
        }
        return this;
    }

    /**
     * Opens /login.xhtml, fills in the form it answers (field names taken from the HTML) and posts it with the
     * submit button, as a browser would. Answers the response to the POST: a redirect on success, the page with
     * the failure message otherwise. Every failure counts towards the per-address LoginThrottle of the server.
     */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = http.get(LOGIN_PAGE);
        if (page.statusCode() != 200) throw new AssertionError("GET " + LOGIN_PAGE + " answered " + page.statusCode());
        Form form = Form.parse(page.body(), "login");
        form.set(form.nameEndingWith(":username"), username);
        form.set(form.nameEndingWith(":password"), password);
        return form.submit(http, form.button(":submit"));
    }

    /** GET of a back-office page. */
    public HttpResponse<String> get(String path) {
        return http.get(path);
    }

    public static boolean isRedirect(HttpResponse<?> r) {
        return r.statusCode() == 301 || r.statusCode() == 302 || r.statusCode() == 303 || r.statusCode() == 307;
    }

    /** The path (and query) a redirect points to, whether the server wrote it absolute or relative. */
    public static String location(HttpResponse<?> r) {
        String location = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("No Location header"));
        URI uri = URI.create(location);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** The HTML of a page with character references resolved, to look for a message as the user reads it. */
    public static String text(String html) {
        return Form.unescape(html);
    }

    /**
     * The successful controls of one HTML form as a browser would send them (inputs, textareas, the selected
     * option of each select), without any submit button; {@link #submit} adds the one that is clicked.
     */
    public static final class Form {

        private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
        private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
        private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
        private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:.-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

        private final String action;
        private final Map<String, String> fields;
        private final List<String> buttons;

        private Form(String action, Map<String, String> fields, List<String> buttons) {
            this.action = action;
            this.fields = fields;
            this.buttons = buttons;
        }

        /** The form with the given id in the page; fails when the page has none. */
        public static Form parse(String html, String formId) {
            Matcher start = Pattern.compile("<form\\b([^>]*)>", Pattern.CASE_INSENSITIVE).matcher(html);
            while (start.find()) {
                Map<String, String> attributes = attributes(start.group(1));
                if (!formId.equals(attributes.get("id"))) continue;
                int end = html.indexOf("</form>", start.end());
                if (end < 0) throw new AssertionError("Form " + formId + " is not closed");
                String body = html.substring(start.end(), end);
                return new Form(attributes.get("action"), controls(body), buttons(body));
            }
            throw new AssertionError("No form with id " + formId + " in the page:\n" + html);
        }

        private static Map<String, String> controls(String body) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                String name = a.get("name");
                String type = a.getOrDefault("type", "text").toLowerCase();
                if (name == null || a.containsKey("disabled")) continue;
                if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("reset")) continue;
                if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) continue;
                fields.put(name, a.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
            }
            Matcher textarea = TEXTAREA.matcher(body);
            while (textarea.find()) {
                Map<String, String> a = attributes(textarea.group(1));
                String value = unescape(textarea.group(2));
                if (value.startsWith("\n")) value = value.substring(1); // as HTML parsing drops it
                if (a.get("name") != null) fields.put(a.get("name"), value);
            }
            Matcher select = SELECT.matcher(body);
            while (select.find()) {
                Map<String, String> a = attributes(select.group(1));
                if (a.get("name") == null) continue;
                String first = null;
                String selected = null;
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    Map<String, String> o = attributes(option.group(1));
                    String value = o.getOrDefault("value", "");
                    if (first == null) first = value;
                    if (o.containsKey("selected") && selected == null) selected = value;
                }
                String value = selected != null ? selected : first;
                if (value != null) fields.put(a.get("name"), value);
            }
            return fields;
        }

        private static List<String> buttons(String body) {
            List<String> names = new ArrayList<>();
            Matcher button = BUTTON.matcher(body);
            while (button.find()) {
                Map<String, String> a = attributes(button.group(1));
                String type = a.getOrDefault("type", "submit").toLowerCase();
                if (a.get("name") != null && type.equals("submit")) names.add(a.get("name"));
            }
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                if (a.get("name") != null && "submit".equalsIgnoreCase(a.get("type"))) names.add(a.get("name"));
            }
            return names;
        }

        private static Map<String, String> attributes(String tag) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher m = ATTRIBUTE.matcher(tag);
            while (m.find()) {
                attributes.put(m.group(1).toLowerCase(), unescape(m.group(3) != null ? m.group(3) : m.group(4)));
            }
            // boolean attributes written without a value (selected, checked, disabled)
            for (String flag : new String[] {"selected", "checked", "disabled"}) {
                if (Pattern.compile("(^|\\s)" + flag + "(\\s|/|$)", Pattern.CASE_INSENSITIVE).matcher(tag).find()) {
                    attributes.putIfAbsent(flag, flag);
                }
            }
            return attributes;
        }

        static String unescape(String s) {
            Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);").matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String e = m.group(1);
                String r = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> "\u00a0";
                    default -> new String(Character.toChars(e.startsWith("#x")
                            ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
                };
                m.appendReplacement(sb, Matcher.quoteReplacement(r));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        public String action() {
            return action;
        }

        public Map<String, String> fields() {
            return fields;
        }

        public String get(String name) {
            if (!fields.containsKey(name)) throw new AssertionError("The form has no field " + name + ": " + fields.keySet());
            return fields.get(name);
        }

        /** Sets an existing field; fails when the form has no such field, so a renamed field is noticed. */
        public Form set(String name, String value) {
            get(name);
            fields.put(name, value);
            return this;
        }

        public Form remove(String name) {
            fields.remove(name);
            return this;
        }

        /** The one field whose name ends with the suffix, e.g. ":username". */
        public String nameEndingWith(String suffix) {
            Optional<String> found = fields.keySet().stream().filter(n -> n.endsWith(suffix)).findFirst();
            return found.orElseThrow(() -> new AssertionError("The form has no field ending with " + suffix + ": " + fields.keySet()));
        }

        /** The name of the submit button whose name ends with the suffix, e.g. ":save". */
        public String button(String suffix) {
            Optional<String> found = buttons.stream().filter(n -> n.endsWith(suffix)).findFirst();
            return found.orElseThrow(() -> new AssertionError("The form has no button ending with " + suffix + ": " + buttons));
        }

        /** Posts the form to its action with the named submit button, as a click on that button would. */
        public HttpResponse<String> submit(Http http, String button) {
            return submitTo(http, action, button);
        }

        /** Posts the form to another address than its action (to try what a tampered request does). */
        public HttpResponse<String> submitTo(Http http, String path, String button) {
            Map<String, String> body = new LinkedHashMap<>(fields);
            if (button != null) body.put(button, "");
            return http.postForm(path, body);
        }
    }
}
