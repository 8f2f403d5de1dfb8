package bg.integra.crash;

import bg.integra.it.BackOffice;
import bg.integra.it.Http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The attendance page of the back-office as its JavaScript drives it: the roll of people with one toggle button
 * each, and the Ajax request that one tap sends (a Faces partial request with the page's view state).
 */
final class Attendance {

    record Person(String name, String button, boolean present) {
    }

    private static final Pattern NAME = Pattern.compile("<span class=\"att-name\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern BUTTON = Pattern.compile("<button\\b[^>]*\\bid=\"([^\"]+:mark)\"[^>]*>", Pattern.DOTALL);
    private static final Pattern PRESSED = Pattern.compile("aria-pressed=\"(true|false)\"");

    private Attendance() {
    }

    /** The people on the roll of an attendance page (or of the roll an Ajax answer brings). */
    static List<Person> parse(String html) {
        List<Person> people = new ArrayList<>();
        String[] rows = html.split("class=\"att-person");
        for (int i = 1; i < rows.length; i++) {
            Matcher name = NAME.matcher(rows[i]);
            Matcher button = BUTTON.matcher(rows[i]);
            if (!name.find() || !button.find()) continue;
            Matcher pressed = PRESSED.matcher(button.group());
            people.add(new Person(BackOffice.text(name.group(1)).strip(), button.group(1), pressed.find() && pressed.group(1).equals("true")));
        }
        return people;
    }

    static boolean uniqueName(String html, String name) {
        return parse(html).stream().filter(p -> p.name().equals(name)).count() == 1;
    }

    /** Whether the roll in an Ajax answer shows the person as present (true) or absent (false). */
    static boolean shownAs(String partialResponse, String name, boolean present) {
        String roll = partialResponse.replace("<![CDATA[", "").replace("]]>", "");
        return parse(roll).stream().anyMatch(p -> p.name().equals(name) && p.present() == present);
    }

    /** One tap on the person's button: the partial request PrimeFaces sends for it. */
    static HttpResponse<String> toggle(Http http, String page, String path, Person person) {
        BackOffice.Form form = BackOffice.Form.parse(page, "att");
        Map<String, String> fields = new java.util.LinkedHashMap<>(form.fields());
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", person.button());
        fields.put("jakarta.faces.partial.execute", person.button());
        fields.put("jakarta.faces.partial.render", "att:roll att:count");
        fields.put(person.button(), person.button());
        String body = fields.entrySet().stream().map(e -> Http.enc(e.getKey()) + "=" + Http.enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String action = form.action() == null || form.action().isEmpty() ? path : form.action();
        return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + action)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
