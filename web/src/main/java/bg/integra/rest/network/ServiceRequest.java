package bg.integra.rest.network;

import bg.integra.rest.common.RequestFields;

import bg.integra.common.FieldProblem;
import bg.integra.network.Service;
import bg.integra.network.ServiceDraft;
import bg.integra.network.ServiceKind;
import bg.integra.network.ServiceStatus;
import bg.integra.network.ServiceText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service as a program sends it to {@code POST /api/v1/network/services} or {@code PUT …/{id}} (which replaces
 * every field): the shape of {@link ServiceDto} without what the server decides, and the locations it is offered
 * at as {@code locationIds}, which must be the organisation's own. {@code status} is ACTIVE and {@code free} true
 * when left out.
 */
public record ServiceRequest(String kind, String status, Map<String, String> name, Map<String, String> description,
                             Map<String, String> eligibility, Map<String, String> fees, Boolean free, String url,
                             String email, String phone, List<String> languages, List<Long> locationIds) {

    /** The draft the service writes; every bad field named at once (400). */
    ServiceDraft draft() {
        RequestFields f = new RequestFields();
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("eligibility", eligibility);
        fields.put("fees", fees);
        Map<String, ServiceText> texts = f.texts(fields, new int[]{ServiceText.NAME_LENGTH, ServiceText.DESCRIPTION_LENGTH,
                ServiceText.ELIGIBILITY_LENGTH, ServiceText.FEES_LENGTH}, v -> new ServiceText(v[0], v[1], v[2], v[3]));
        List<Long> locations = new ArrayList<>();
        if (locationIds != null) {
            for (int i = 0; i < locationIds.size(); i++) {
                Long id = locationIds.get(i);
                if (id == null || id < 1) f.problem("locationIds[" + i + "]", FieldProblem.malformed());
                else locations.add(id);
            }
        }
        ServiceDraft draft = new ServiceDraft(f.choice("kind", kind, ServiceKind.class, null),
                f.choice("status", status, ServiceStatus.class, ServiceStatus.ACTIVE), texts, free == null || free,
                f.text("url", url, Service.URL_LENGTH, RequestFields.URL),
                f.text("email", email, Service.EMAIL_LENGTH, RequestFields.EMAIL),
                f.text("phone", phone, Service.PHONE_LENGTH, RequestFields.PHONE),
                f.languages("languages", languages), locations);
        f.done();
        return draft;
    }
}
