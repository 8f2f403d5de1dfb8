package bg.integra.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/projects and /api/v1/projects/{id}, as an institution's system would call them. */
@ExtendWith(ArquillianExtension.class)
class ProjectResourceIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final Http http = new Http();

    @Test
    void findsAProjectByItsEnglishTitleInAnyCase() {
        JsonObject seeded = http.seed();
        String tag = seeded.getString("tag");
        HttpResponse<String> r = http.get("/api/v1/projects?q=" + Http.enc("FOREIGN PROJECT " + tag.toUpperCase()));
        assertEquals(200, r.statusCode());
        JsonObject page = Http.json(r);
        assertEquals(1, page.getInt("totalItems"));
        assertEquals(seeded.getInt("otherProjectId"), page.getJsonArray("items").getJsonObject(0).getInt("id"));
    }

    @Test
    void aBadSizeIsA400NamingTheParameter() {
        HttpResponse<String> r = http.get("/api/v1/projects?size=abc");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("size", Http.json(r).getJsonArray("errors").getJsonObject(0).getString("name"));
    }
}
