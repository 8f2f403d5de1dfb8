package bg.integra.privacy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetentionSettingsTest {

    @Test
    void defaultsTo24Months() {
        assertEquals(24, RetentionSettings.of(Map.of()).months());
        assertEquals(24, RetentionSettings.of(Map.of("INTEGRA_RETENTION_MONTHS", " ")).months());
    }

    @Test
    void readsTheVariable() {
        assertEquals(6, RetentionSettings.of(Map.of("INTEGRA_RETENTION_MONTHS", " 6 ")).months());
    }

    @Test
    void aWrongValueIsTheDefaultNotAnEarlyErasure() {
        assertEquals(24, RetentionSettings.of(Map.of("INTEGRA_RETENTION_MONTHS", "0")).months());
        assertEquals(24, RetentionSettings.of(Map.of("INTEGRA_RETENTION_MONTHS", "two years")).months());
    }
}
