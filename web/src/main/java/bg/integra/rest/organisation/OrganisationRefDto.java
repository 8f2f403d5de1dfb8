package bg.integra.rest.organisation;

import bg.integra.organisation.Organisation;

import java.util.Map;
import java.util.TreeMap;

/** A reference to an organisation inside another answer: enough to show its name and to fetch the rest. */
public record OrganisationRefDto(long id, Map<String, String> name) {

    public static OrganisationRefDto of(Organisation o) {
        return new OrganisationRefDto(o.getId(), new TreeMap<>(o.getNames()));
    }
}
