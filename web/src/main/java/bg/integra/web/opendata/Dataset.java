package bg.integra.web.opendata;

import java.time.Instant;

/**
 * One generated file, kept gzipped (the directory's services in full are tens of megabytes at the network's scale,
 * a tenth of that compressed): its name, its media type, its size unpacked, an ETag of its bytes unpacked and when
 * it was generated. The getters are for the page (Jakarta EL 5 does not read a record's components).
 */
public record Dataset(String file, String contentType, byte[] gzipped, long size, String etag, String sha256,
                      Instant generated) {

    public String getFile() { return file; }
    public long getSize() { return size; }
    public Instant getGenerated() { return generated; }
}
