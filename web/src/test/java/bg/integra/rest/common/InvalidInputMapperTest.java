package bg.integra.rest.common;

import bg.integra.common.FieldProblem;
import bg.integra.common.Languages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The API says each problem in the English it always has, and gives its code and arguments beside it. */
class InvalidInputMapperTest {

    @Test
    void eachCodeIsTheEnglishTheApiHasAlwaysGiven() {
        assertEquals("is required", message("name", FieldProblem.required()));
        assertEquals("must be at most 200 characters", message("name", FieldProblem.tooLong(200)));
        assertEquals("must be at most 2000 characters", message("role", FieldProblem.tooLong(2000))); // no "2,000"
        assertEquals("is not a valid e-mail address", message("email", FieldProblem.malformed()));
        assertEquals("may hold only digits, spaces, + ( ) / . and -", message("phone", FieldProblem.malformed()));
        assertEquals("is not valid", message("code", FieldProblem.malformed()));
        assertEquals("must be one of [bg, en, ar, ru, tr, fa, uk]", message("language", FieldProblem.notOneOf(Languages.PORTAL)));
        assertEquals("must be true: registration needs consent to the processing of personal data for the stated purpose",
                message("consent", FieldProblem.consentRequired()));
        assertEquals("the stated purpose has changed; the current version is 2026-11",
                message("consentVersion", FieldProblem.consentVersion("2026-11")));
    }

    @Test
    void eachFieldErrorCarriesItsCodeAndItsNamedArguments() {
        Problem.FieldError tooLong = InvalidInputMapper.error("name", FieldProblem.tooLong(200));
        assertEquals("name", tooLong.name());
        assertEquals("tooLong", tooLong.code());
        assertEquals(Map.of("max", 200), tooLong.arguments());
        Problem.FieldError notOneOf = InvalidInputMapper.error("targetGroup", FieldProblem.notOneOf(List.of("NGO", "YOUTH")));
        assertEquals("notOneOf", notOneOf.code());
        assertEquals(Map.of("allowed", List.of("NGO", "YOUTH")), notOneOf.arguments());
        Problem.FieldError required = InvalidInputMapper.error("email", FieldProblem.required());
        assertEquals("required", required.code());
        assertNull(required.arguments()); // left out of the JSON rather than an empty object
    }

    @Test
    void personalDataIsNamedInWordsAndItsCodeKeptForPrograms() {
        Problem.FieldError egn = InvalidInputMapper.error("situation", FieldProblem.personalData("egn"));
        assertEquals("contains personal data (a Bulgarian personal number, EGN); remove it", egn.message());
        assertEquals("personalData", egn.code());
        assertEquals(Map.of("found", "egn"), egn.arguments());
        assertEquals("contains personal data (an e-mail address); remove it",
                message("outcome.en", FieldProblem.personalData("email")));
    }

    private static String message(String field, FieldProblem problem) {
        return InvalidInputMapper.error(field, problem).message();
    }
}
