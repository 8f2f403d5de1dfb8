package bg.integra.network;

import bg.integra.common.Address;
import bg.integra.common.Region;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A location as a program sends it to be created or to replace one: every field, checked for form by the boundary
 * that read it (the API names each bad field) and by the entity's constraints in {@link DirectoryWrites}.
 */
public record LocationDraft(Map<String, LocationText> texts, Address address, Region region, Double latitude,
                            Double longitude, String phone, String email, Set<String> languages,
                            List<OpeningHours> hours) {

    void applyTo(Location location) {
        location.setTexts(texts);
        location.setAddress(address);
        location.setRegion(region);
        location.setPosition(latitude, longitude);
        location.setPhone(phone);
        location.setEmail(email);
        location.setLanguages(languages);
        location.setHours(hours);
    }
}
