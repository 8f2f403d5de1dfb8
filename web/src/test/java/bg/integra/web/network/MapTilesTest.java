package bg.integra.web.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class MapTilesTest {

    @Test
    void withoutTheVariableTheMapHasNoTiles() {
        assertFalse(MapTiles.of(Map.of()).isConfigured());
        assertFalse(MapTiles.of(Map.of(MapTiles.VARIABLE, "  ")).isConfigured());
        assertNull(MapTiles.of(Map.of()).origin());
    }

    @Test
    void theTileServersOriginIsWhatThePolicyAllows() {
        MapTiles osm = MapTiles.of(Map.of(MapTiles.VARIABLE, " https://tile.openstreetmap.org/{z}/{x}/{y}.png "));
        assertEquals("https://tile.openstreetmap.org/{z}/{x}/{y}.png", osm.template());
        assertEquals("https://tile.openstreetmap.org", osm.origin());
        assertEquals(MapTiles.OSM_ATTRIBUTION, osm.attribution());
        assertEquals(MapTiles.OSM_COPYRIGHT, osm.attributionUrl());

        MapTiles sub = MapTiles.of(Map.of(MapTiles.VARIABLE, "http://{s}.tiles.example.bg:8081/map/{z}/{x}/{y}.png?key=1",
                "INTEGRA_MAP_ATTRIBUTION", "© Example"));
        assertEquals("http://*.tiles.example.bg:8081", sub.origin());
        assertEquals("© Example", sub.attribution());
        assertNull(sub.attributionUrl(), "another provider's attribution is not OpenStreetMap's page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tile.openstreetmap.org/{z}/{x}/{y}.png", "ftp://tiles.example.bg/{z}/{x}/{y}.png",
            "https://tiles.example.bg/{z}/{x}.png", "https://tiles.example.bg/{z}/{x}/{y}.png; script-src *",
            "https://tiles.example.bg/{z}/{x}/{y}.png 'unsafe-inline'", "https://x.{s}.example.bg/{z}/{x}/{y}.png",
            "https://*/{z}/{x}/{y}.png"})
    void anAddressThatIsNotAPlainTileAddressIsRefused(String address) {
        assertFalse(MapTiles.of(Map.of(MapTiles.VARIABLE, address)).isConfigured(), address);
    }
}
