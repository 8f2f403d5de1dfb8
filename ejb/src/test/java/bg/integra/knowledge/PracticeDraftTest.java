package bg.integra.knowledge;

import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PracticeDraftTest {

    private static final PracticeText TEXT = new PracticeText("Практика", null, null, null, null, null, null);

    @Test
    void aDraftNamesEveryMissingField() {
        PracticeDraft draft = new PracticeDraft(null, null, null, null, null, null, null, null, Map.of());
        assertEquals(Map.of("title", FieldProblem.required(), "audience", FieldProblem.required(),
                "area", FieldProblem.required()), draft.missing());
        assertEquals("BG", draft.country(), "a practice is Bulgarian unless said otherwise");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAtTheEndNotFailedOn() {
        LocalDate start = LocalDate.of(2020, 5, 1);
        PracticeDraft draft = new PracticeDraft("BG", null, start, start.minusDays(1), TargetAudience.WOMEN,
                IntegrationArea.HEALTH, null, List.of(), Map.of("bg", TEXT));
        InvalidInputException refused = assertThrows(InvalidInputException.class, draft::requireComplete);
        assertEquals(Map.of("end", FieldProblem.malformed()), refused.fields());
        new PracticeDraft("BG", null, start, start, TargetAudience.WOMEN, IntegrationArea.HEALTH, null, List.of(),
                Map.of("bg", TEXT)).requireComplete();
    }
}
