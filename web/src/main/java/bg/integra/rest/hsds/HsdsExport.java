package bg.integra.rest.hsds;

import bg.integra.network.Location;
import bg.integra.network.Service;
import bg.integra.organisation.Organisation;

import java.util.List;

/**
 * The records of this API for a whole-directory export (the open data at {@code /open-data/hsds/}): the same
 * mapping, so a service in the export is what {@code GET /api/hsds/services/{id}} answers, in one language.
 */
public final class HsdsExport {

    private final HsdsMapper mapper;

    public HsdsExport(String lang) {
        this.mapper = new HsdsMapper(lang);
    }

    /** A service in full, as {@code /api/hsds/services/{id}} answers it. */
    public HsdsService service(Service s) {
        return mapper.service(s);
    }

    /** A member's own fields and its phone (its locations and services are exported on their own). */
    public HsdsOrganization organization(Organisation o) {
        return mapper.organization(o, List.of(), List.of());
    }

    /** A location in full: languages, address, phone, schedules, accessibility. */
    public HsdsLocation location(Location l) {
        return mapper.location(l);
    }
}
