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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    @Test
    void aFileIsSentInPartsSoThatAPlayerCanSeek() throws Exception {
        JsonObject seeded = visitor.seedContent();
        String path = seeded.getString("resourceFilePath");
        HttpResponse<byte[]> whole = bytes(path);
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        byte[] all = whole.body();

        HttpResponse<byte[]> first = bytes(path, "Range", "bytes=0-4");
        assertEquals(206, first.statusCode());
        assertEquals("bytes 0-4/" + all.length, first.headers().firstValue("Content-Range").orElse(""));
        assertEquals("%PDF-", new String(first.body(), java.nio.charset.StandardCharsets.ISO_8859_1));

        HttpResponse<byte[]> tail = bytes(path, "Range", "bytes=-6");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(all, all.length - 6, all.length), tail.body());

        String etag = whole.headers().firstValue("ETag").orElseThrow();
        assertEquals(206, bytes(path, "Range", "bytes=10-19", "If-Range", etag).statusCode());
        assertEquals(200, bytes(path, "Range", "bytes=10-19", "If-Range", "\"another\"").statusCode(),
                "a changed file (another ETag) is sent whole");
        HttpResponse<byte[]> past = bytes(path, "Range", "bytes=" + all.length + "-");
        assertEquals(416, past.statusCode());
        assertEquals("bytes */" + all.length, past.headers().firstValue("Content-Range").orElse(""));
        assertEquals(200, bytes(path, "Range", "bytes=0-1,5-9").statusCode(), "several ranges: the whole file");
    }

    private HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(visitor.baseUrl() + path));
        if (headers.length > 0) request.headers(headers);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(visitor.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
