package bg.integra.web.media;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Range header as RFC 9110 reads it, for a file of 1,000 bytes. */
class ByteRangeTest {

    private static final long LENGTH = 1000;

    @Test
    void oneRangeFromTheStartToTheEndOrTheLastBytes() {
        ByteRange range = ByteRange.of("bytes=0-99", LENGTH);
        assertEquals(0, range.first());
        assertEquals(99, range.last());
        assertEquals(100, range.size());
        assertEquals("bytes 0-99/1000", range.contentRange(LENGTH));
        assertEquals("bytes 500-999/1000", ByteRange.of("bytes=500-", LENGTH).contentRange(LENGTH));
        assertEquals("bytes 900-999/1000", ByteRange.of("bytes=-100", LENGTH).contentRange(LENGTH));
        assertEquals("bytes 0-999/1000", ByteRange.of("bytes=-5000", LENGTH).contentRange(LENGTH), "a suffix longer than the file");
        assertEquals("bytes 990-999/1000", ByteRange.of("bytes=990-5000", LENGTH).contentRange(LENGTH), "an end past the file");
    }

    @Test
    void whatCannotBeSatisfiedIs416AndWhatCannotBeReadIsTheWholeFile() {
        assertFalse(ByteRange.of("bytes=1000-", LENGTH).satisfiable());
        assertFalse(ByteRange.of("bytes=-0", LENGTH).satisfiable());
        for (String whole : new String[]{null, "", "bytes=", "bytes=-", "bytes=5-2", "bytes=0-1,5-9", "items=0-9",
                "bytes=abc-", "bytes=99999999999999999999-"}) {
            ByteRange range = ByteRange.of(whole, LENGTH);
            assertTrue(range.isWhole(), String.valueOf(whole));
        }
    }
}
