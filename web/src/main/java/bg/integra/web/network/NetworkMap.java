package bg.integra.web.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * What /network's script needs for its map, read once: the tile address and its attribution ({@link MapTiles});
 * the page writes them into data attributes, as it may run no inline script.
 */
@Named
@ApplicationScoped
public class NetworkMap {

    private final MapTiles tiles = MapTiles.fromEnvironment();

    /** The tile address, or "" for a map on a plain background. */
    public String getTiles() { return tiles.isConfigured() ? tiles.template() : ""; }
    public String getAttribution() { return tiles.attribution(); }
    public String getAttributionUrl() { return tiles.attributionUrl(); }
}
