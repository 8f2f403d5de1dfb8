package bg.integra.network;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service as a program sends it to be created or to replace one; {@code locationIds} are locations of the same
 * organisation, which {@link DirectoryWrites} checks.
 */
public record ServiceDraft(ServiceKind kind, ServiceStatus status, Map<String, ServiceText> texts, boolean free,
                           String url, String email, String phone, Set<String> languages, List<Long> locationIds) {

    void applyTo(Service service, List<Location> locations) {
        service.setKind(kind);
        service.setStatus(status);
        service.setTexts(texts);
        service.setFree(free);
        service.setUrl(url);
        service.setEmail(email);
        service.setPhone(phone);
        service.setLanguages(languages);
        service.offerAt(locations);
    }
}
