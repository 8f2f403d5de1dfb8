package bg.integra.rest.knowledge;

import bg.integra.common.Region;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.InitiativeDraft;
import bg.integra.knowledge.InitiativeKind;
import bg.integra.knowledge.InitiativeText;
import bg.integra.rest.common.RequestFields;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An initiative as a program sends it to {@code POST /api/v1/network/initiatives} or {@code PUT …/{id}} (which
 * replaces every field): {@code kind} UPCOMING or COMPLETED, dates as "2027-03-01", texts as maps per language with
 * {@code title.bg} required.
 */
public record InitiativeRequest(String kind, String start, String end, String region, String town, String link,
                                String contact, Map<String, String> title, Map<String, String> summary,
                                Map<String, String> description, Map<String, String> partners) {

    /** The draft the service writes; every bad field named at once (400). */
    InitiativeDraft draft() {
        RequestFields f = new RequestFields();
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("description", description);
        fields.put("partners", partners);
        Map<String, InitiativeText> texts = f.texts(fields, new int[]{InitiativeText.TITLE_LENGTH, InitiativeText.SUMMARY_LENGTH,
                InitiativeText.DESCRIPTION_LENGTH, InitiativeText.PARTNERS_LENGTH}, v -> new InitiativeText(v[0], v[1], v[2], v[3]));
        InitiativeDraft draft = new InitiativeDraft(f.choice("kind", kind, InitiativeKind.class, null),
                f.date("start", start), f.date("end", end), f.optionalChoice("region", region, Region.class),
                f.text("town", town, Initiative.TOWN_LENGTH, null),
                f.text("link", link, Initiative.LINK_LENGTH, RequestFields.URL),
                f.text("contact", contact, Initiative.CONTACT_LENGTH, null), texts);
        f.done();
        return draft;
    }
}
