package bg.integra.network;

import bg.integra.common.Region;

/**
 * What a visitor of {@code /network} or a caller of the API asks of the directory; every part is optional.
 *
 * @param text     words in a centre's or its organisation's name or town
 * @param region   one of the 28 oblasts
 * @param city     a town, matched whole and without regard to case
 * @param kind     a kind of service offered there
 * @param language an ISO 639 code of a language spoken at the desk or a service is given in
 * @param openNow  only centres open at the moment of the search, in Sofia's time
 * @param near     a point to rank the centres by distance from, nearest first
 */
public record DirectoryQuery(String text, Region region, String city, ServiceKind kind, String language,
                             boolean openNow, Point near) {

    public static final DirectoryQuery ALL = new DirectoryQuery(null, null, null, null, null, false, null);

    /** A position on the map in degrees. */
    public record Point(double latitude, double longitude) {
        public Point {
            if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("Not a position on Earth: " + latitude + ", " + longitude);
            }
        }
    }
}
