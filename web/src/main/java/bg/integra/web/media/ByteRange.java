package bg.integra.web.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Range} header asks of a file of {@code length} bytes (RFC 9110 §14): one range of bytes, which the
 * servlet answers with 206 and {@code Content-Range}, so that a phone's audio or video player can seek without
 * downloading the whole file. Several ranges, another unit or a malformed header are answered with the whole file
 * (which the RFC allows); a range that starts past the end is unsatisfiable (416).
 *
 * @param first the first byte sent, or -1 for the whole file / an unsatisfiable range
 * @param last  the last byte sent (inclusive)
 */
public record ByteRange(long first, long last, boolean satisfiable) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");
    private static final ByteRange WHOLE = new ByteRange(-1, -1, true);
    private static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1, false);

    /** The part of the file asked for; {@link #isWhole()} when there is no usable header. */
    public static ByteRange of(String header, long length) {
        if (header == null) return WHOLE;
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return WHOLE;
        if (m.group(1).isEmpty()) { // bytes=-N: the last N bytes
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0 || length == 0) return UNSATISFIABLE;
            return new ByteRange(Math.max(0, length - suffix), length - 1, true);
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
        if (first >= length) return UNSATISFIABLE;
        if (last < first) return WHOLE; // an invalid range: the header is ignored
        return new ByteRange(first, last, true);
    }

    public boolean isWhole() {
        return satisfiable && first < 0;
    }

    public long size() {
        return last - first + 1;
    }

    /** The {@code Content-Range} of a 206 answer. */
    public String contentRange(long length) {
        return "bytes " + first + "-" + last + "/" + length;
    }
}
