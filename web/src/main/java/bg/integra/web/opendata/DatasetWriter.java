package bg.integra.web.opendata;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one {@link Dataset} as text in UTF-8: compressed as it is written (the whole text is never in memory),
 * counted and hashed on the way for its size and its ETag.
 */
final class DatasetWriter {

    private final String file;
    private final String contentType;
    private final ByteArrayOutputStream compressed = new ByteArrayOutputStream(16 * 1024);
    private final GZIPOutputStream gzip;
    private final MessageDigest digest;
    private final Writer writer;
    private long size;

    DatasetWriter(String file, String contentType) {
        this.file = file;
        this.contentType = contentType;
        try {
            this.gzip = new GZIPOutputStream(compressed, 8 * 1024);
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        OutputStream counted = new FilterOutputStream(gzip) {
            @Override
            public void write(int b) throws IOException {
                digest.update((byte) b);
                size++;
                gzip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                digest.update(b, off, len);
                size += len;
                gzip.write(b, off, len);
            }
        };
        this.writer = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 16 * 1024);
    }

    Writer writer() {
        return writer;
    }

    /** The file as written; nothing may be written after. */
    Dataset finish(Instant generated) throws IOException {
        writer.flush();
        gzip.finish();
        byte[] hash = digest.digest();
        String etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        return new Dataset(file, contentType, compressed.toByteArray(), size, etag, HexFormat.of().formatHex(hash), generated);
    }
}
