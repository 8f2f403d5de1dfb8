package bg.integra.network;

/**
 * Distances on the map. The database ranks by {@link #rankingWeight} (a flat-earth approximation that keeps the
 * order of distances within a country); the page shows the great-circle distance of {@link #kilometres}.
 */
public final class GeoPoint {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private GeoPoint() {
    }

    /** Haversine distance in kilometres. */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The factor of a longitude difference squared near latitude {@code lat}, so that
     * {@code dLat² + weight·dLon²} grows with the distance: a degree of longitude shrinks with cos(latitude).
     */
    public static double rankingWeight(double lat) {
        double c = Math.cos(Math.toRadians(lat));
        return c * c;
    }
}
