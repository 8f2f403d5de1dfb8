package bg.integra.common;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldProblemTest {

    @Test
    void theArgumentsAreNamedByTheCodeAndComeInItsOrder() {
        FieldProblem p = FieldProblem.tooLong(200);
        assertEquals(Map.of("max", 200), p.arguments());
        assertArrayEquals(new Object[]{200}, p.positional());
        assertEquals(List.of("bg", "en"), FieldProblem.notOneOf(List.of("bg", "en")).arguments().get("allowed"));
        assertArrayEquals(new Object[0], FieldProblem.required().positional());
        assertEquals("consentVersion{current=2026-11}", FieldProblem.consentVersion("2026-11").toString());
    }

    @Test
    void aCodeTakesExactlyItsParameters() {
        assertThrows(IllegalArgumentException.class, () -> new FieldProblem(FieldProblem.Code.TOO_LONG, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new FieldProblem(FieldProblem.Code.REQUIRED, Map.of("max", 1)));
        assertThrows(NullPointerException.class, () -> FieldProblem.consentVersion(null));
    }

    @Test
    void problemsWithTheSameCodeAndArgumentsAreEqual() {
        assertEquals(FieldProblem.tooLong(40), new FieldProblem(FieldProblem.Code.TOO_LONG, Map.of("max", 40)));
        assertTrue(!FieldProblem.tooLong(40).equals(FieldProblem.tooLong(41)));
    }

    @Test
    void theKeysAreDistinctAndStable() {
        Set<String> keys = new HashSet<>();
        for (FieldProblem.Code code : FieldProblem.Code.values()) assertTrue(keys.add(code.key()), code.key());
        // part of the API: a rename breaks clients that translate the codes themselves
        assertEquals(List.of("required", "tooLong", "malformed", "notOneOf", "consentRequired", "consentVersion",
                        "tooRecent", "personalData", "tooEarly", "tooShort", "taken"),
                java.util.Arrays.stream(FieldProblem.Code.values()).map(FieldProblem.Code::key).toList());
    }
}
