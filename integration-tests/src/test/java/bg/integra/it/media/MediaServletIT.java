package bg.integra.it.media;

import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploaded files are served with the type the server recognised, cached for good, and nothing else is. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MediaServletIT {

    private final Http visitor = new Http();

    @Test
    void aPictureAndItsThumbnailAreServedImmutableWithTheirRealType() throws Exception {
        JsonObject seeded = visitor.seedContent();
        long id = seeded.getJsonNumber("coverFileId").longValue();
        HttpResponse<byte[]> thumbnail = bytes("/media/" + id + "/thumbnail");
        assertEquals(200, thumbnail.statusCode());
        assertEquals("image/jpeg", thumbnail.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", thumbnail.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(thumbnail.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body()));
        assertEquals(480, image.getWidth(), "a 640 px picture has a 480 px thumbnail");
        assertEquals(300, image.getHeight());

        String etag = thumbnail.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, visitor.get("/media/" + id + "/thumbnail", "If-None-Match", etag).statusCode());
    }

    @Test
    void aPdfIsSentAsAnAttachmentUnderItsOwnName() throws Exception {
        JsonObject seeded = visitor.seedContent();
        long id = seeded.getJsonNumber("resourceFileId").longValue();
        HttpResponse<byte[]> wrongName = bytes("/media/" + id + "/other.pdf");
        assertEquals(404, wrongName.statusCode());
        assertEquals(404, bytes("/media/" + id + "/thumbnail").statusCode(), "a PDF has no thumbnail");
        assertEquals(404, bytes("/media/999999999/x.pdf").statusCode());
        assertEquals(404, bytes("/media/abc/x.pdf").statusCode());
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(visitor.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
