package bg.integra.web.network;

import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the map of /network takes its background from: a tile server's address with Leaflet's {@code {z}}, {@code {x}}
 * and {@code {y}} (and optionally {@code {s}} for its sub-domains), from the environment variable
 * {@code INTEGRA_MAP_TILES}, e.g. {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}, with the attribution its
 * terms ask for ({@code INTEGRA_MAP_ATTRIBUTION}, {@code INTEGRA_MAP_ATTRIBUTION_URL}; OpenStreetMap's by default).
 * Without it the map shows the centres on a plain background and the visitor's browser asks no other site for
 * anything. The tile server's origin is what the portal's Content-Security-Policy lets images come from, so an
 * address that is not a plain http(s) address is refused (said in the log) rather than written into the policy.
 */
public record MapTiles(String template, String attribution, String attributionUrl) {

    public static final String VARIABLE = "INTEGRA_MAP_TILES";
    static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors";
    static final String OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright";
    /** No tiles: the map has a plain background. */
    public static final MapTiles NONE = new MapTiles(null, null, null);

    private static final Logger LOG = Logger.getLogger(MapTiles.class.getName());
    /** Scheme, host (a leading {s} label allowed), optional port, and a path without quotes, spaces or semicolons. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(https?)://((?:\\{s}\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*)(:\\d{1,5})?(/[^\\s\"'<>;,\\\\]*)");

    public static MapTiles fromEnvironment() {
        return of(System.getenv());
    }

    static MapTiles of(Map<String, String> env) {
        String template = env.get(VARIABLE);
        if (template == null || template.isBlank()) return NONE;
        template = template.strip();
        Matcher m = ADDRESS.matcher(template);
        if (!m.matches() || !template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}")) {
            String refused = template;
            LOG.warning(() -> VARIABLE + "=" + refused + " is not an http(s) address with {z}, {x} and {y}; "
                    + "the map of the network has no tiles");
            return NONE;
        }
        String attribution = env.get("INTEGRA_MAP_ATTRIBUTION");
        String url = env.get("INTEGRA_MAP_ATTRIBUTION_URL");
        if (attribution == null || attribution.isBlank()) {
            attribution = OSM_ATTRIBUTION;
            if (url == null || url.isBlank()) url = OSM_COPYRIGHT;
        }
        return new MapTiles(template, attribution.strip(), url == null || url.isBlank() ? null : url.strip());
    }

    public boolean isConfigured() {
        return template != null;
    }

    /**
     * The tile server as a Content-Security-Policy source ({@code https://tile.example.org},
     * {@code https://*.tile.example.org} for {@code {s}}), or null without tiles.
     */
    public String origin() {
        if (template == null) return null;
        Matcher m = ADDRESS.matcher(template);
        if (!m.matches()) throw new IllegalStateException("checked when read: " + template);
        return m.group(1) + "://" + m.group(2).replace("{s}", "*") + (m.group(3) == null ? "" : m.group(3));
    }
}
