package bg.integra.common;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Sha256Test {

    @Test
    void knownDigestsInLowerCaseHex() {
        // FIPS 180-2's examples
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
    }

    @Test
    void aTextIsHashedAsItsUtf8Bytes() {
        String cyrillic = "Интеграция";
        assertEquals(Sha256.hex(cyrillic.getBytes(StandardCharsets.UTF_8)), Sha256.hex(cyrillic));
        assertArrayEquals(Sha256.of(cyrillic.getBytes(StandardCharsets.UTF_8)), Sha256.of(cyrillic));
        assertEquals(64, Sha256.hex(cyrillic).length());
    }
}
