package bg.integra.rest.knowledge;

import bg.integra.common.Region;
import bg.integra.knowledge.CaseDraft;
import bg.integra.knowledge.CaseText;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.rest.common.RequestFields;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An anonymised case as a program sends it to {@code POST /api/v1/network/cases} or {@code PUT …/{id}} (which
 * replaces every field): the shape of {@link CaseDto} without what the server decides; texts as maps per language,
 * {@code title.bg} required. The personal-data check runs when the case is submitted, as in the back-office.
 */
public record CaseRequest(String region, String area, Map<String, String> title, Map<String, String> situation,
                          Map<String, String> question, Map<String, String> actions, Map<String, String> outcome,
                          Map<String, String> lessons) {

    /** The draft the service writes; every bad field named at once (400). */
    CaseDraft draft() {
        RequestFields f = new RequestFields();
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("situation", situation);
        fields.put("question", question);
        fields.put("actions", actions);
        fields.put("outcome", outcome);
        fields.put("lessons", lessons);
        int l = CaseText.LONG_LENGTH;
        Map<String, CaseText> texts = f.texts(fields, new int[]{CaseText.TITLE_LENGTH, l, l, l, l, l},
                v -> new CaseText(v[0], v[1], v[2], v[3], v[4], v[5]));
        CaseDraft draft = new CaseDraft(f.optionalChoice("region", region, Region.class),
                f.choice("area", area, IntegrationArea.class, null), texts);
        f.done();
        return draft;
    }
}
