package bg.integra.web.security;

import bg.integra.web.network.MapTiles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PortalPolicyTest {

    @Test
    void withoutTilesImagesComeFromThePortalOnly() {
        assertEquals(SecurityHeadersFilter.PORTAL_POLICY, SecurityHeadersFilter.portalPolicy(MapTiles.NONE));
    }

    @Test
    void theMapsTileServerMayServeImagesAndNothingElse() {
        String policy = SecurityHeadersFilter.portalPolicy(
                new MapTiles("https://{s}.tile.example.org/{z}/{x}/{y}.png", "© Example", null));
        assertEquals("default-src 'self'; img-src 'self' data: https://*.tile.example.org; style-src 'self'; "
                + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'", policy);
    }
}
