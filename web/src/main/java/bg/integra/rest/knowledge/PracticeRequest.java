package bg.integra.rest.knowledge;

import bg.integra.common.Region;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.PracticeDraft;
import bg.integra.knowledge.PracticeText;
import bg.integra.knowledge.TargetAudience;
import bg.integra.rest.common.RequestFields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A good practice as a program sends it to {@code POST /api/v1/network/practices} or {@code PUT …/{id}} (which
 * replaces every field): the shape of {@link PracticeDto} without what the server decides; texts as maps per
 * language, {@code title.bg} required; {@code country} BG when left out; dates as "2025-03-01".
 */
public record PracticeRequest(String country, String region, String start, String end, String audience, String area,
                              String contact, List<String> links, Map<String, String> title, Map<String, String> funding,
                              Map<String, String> objectives, Map<String, String> activities,
                              Map<String, String> results, Map<String, String> evaluation,
                              Map<String, String> transferability) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** The draft the service writes; every bad field named at once (400). */
    PracticeDraft draft() {
        RequestFields f = new RequestFields();
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("funding", funding);
        fields.put("objectives", objectives);
        fields.put("activities", activities);
        fields.put("results", results);
        fields.put("evaluation", evaluation);
        fields.put("transferability", transferability);
        int l = PracticeText.LONG_LENGTH;
        Map<String, PracticeText> texts = f.texts(fields, new int[]{PracticeText.TITLE_LENGTH, PracticeText.FUNDING_LENGTH, l, l, l, l, l},
                v -> new PracticeText(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
        PracticeDraft draft = new PracticeDraft(f.text("country", country, 2, COUNTRY),
                f.optionalChoice("region", region, Region.class),
                f.date("start", start), f.date("end", end),
                f.choice("audience", audience, TargetAudience.class, null),
                f.choice("area", area, IntegrationArea.class, null),
                f.text("contact", contact, Practice.CONTACT_LENGTH, null),
                f.texts("links", links, Practice.LINK_LENGTH, RequestFields.URL), texts);
        f.done();
        return draft;
    }
}
