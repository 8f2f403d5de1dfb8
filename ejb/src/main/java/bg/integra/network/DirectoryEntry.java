package bg.integra.network;

import java.util.List;

/**
 * A centre of the directory as a list shows it: the location (with its organisation), the active services offered
 * there, whether it is open at the moment of the search, and its distance from the point asked about (or null).
 * The getters are for Jakarta EL 5, which does not read a record's components.
 */
public record DirectoryEntry(Location location, List<Service> services, boolean openNow, Double distanceKm) {

    public Location getLocation() { return location; }
    public List<Service> getServices() { return services; }
    public boolean isOpenNow() { return openNow; }
    public Double getDistanceKm() { return distanceKm; }
}
