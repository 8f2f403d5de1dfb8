package bg.integra.knowledge;

import bg.integra.common.FieldProblem;
import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitiativeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final Organisation member = new Organisation("Член", OrganisationKind.NGO, Region.HASKOVO);

    private Initiative initiative(InitiativeKind kind, LocalDate start, LocalDate end) {
        return new Initiative(member, kind, new Period(start, end),
                new InitiativeText("Ден на отворените врати", "Кратко", "Описание", "Общината"));
    }

    @Test
    void anUpcomingInitiativeStartsTodayOrLater() {
        assertEquals(Map.of(), initiative(InitiativeKind.UPCOMING, TODAY, null).problems(TODAY));
        assertEquals(Map.of(), initiative(InitiativeKind.UPCOMING, TODAY.plusMonths(1), TODAY.plusMonths(2)).problems(TODAY));
        assertEquals(Map.of("start", FieldProblem.tooEarly(TODAY)),
                initiative(InitiativeKind.UPCOMING, TODAY.minusDays(1), TODAY.plusDays(5)).problems(TODAY));
        assertEquals(Map.of("start", FieldProblem.required()), initiative(InitiativeKind.UPCOMING, null, TODAY.plusDays(5)).problems(TODAY));
    }

    @Test
    void aCompletedProjectHasEndedByToday() {
        assertEquals(Map.of(), initiative(InitiativeKind.COMPLETED, TODAY.minusYears(1), TODAY).problems(TODAY));
        assertEquals(Map.of(), initiative(InitiativeKind.COMPLETED, null, TODAY.minusMonths(3)).problems(TODAY));
        assertEquals(Map.of("end", FieldProblem.tooRecent(TODAY)),
                initiative(InitiativeKind.COMPLETED, TODAY.minusYears(1), TODAY.plusDays(1)).problems(TODAY));
        assertEquals(Map.of("end", FieldProblem.required()), initiative(InitiativeKind.COMPLETED, TODAY.minusYears(1), null).problems(TODAY));
    }

    @Test
    void aTitleIsRequiredAndTheKindDecidesWhichDateCounts() {
        Initiative untitled = new Initiative(member, InitiativeKind.UPCOMING, new Period(TODAY, null),
                new InitiativeText(" ", null, null, null));
        assertEquals(Map.of("title", FieldProblem.required()), untitled.problems(TODAY));
        // an upcoming initiative that took place becomes a completed project: its end counts now
        Initiative held = initiative(InitiativeKind.UPCOMING, TODAY.minusDays(10), TODAY.minusDays(9));
        assertEquals(Map.of("start", FieldProblem.tooEarly(TODAY)), held.problems(TODAY));
        held.setKind(InitiativeKind.COMPLETED);
        assertEquals(Map.of(), held.problems(TODAY));
    }

    @Test
    void theTownAndEveryLanguageAreFoldedAndHeadlined() {
        Initiative i = initiative(InitiativeKind.UPCOMING, TODAY, null);
        i.setText("en", new InitiativeText("Open day", "Short", null, "The municipality"));
        i.setTown("Хасково");
        assertTrue(i.getFoldedText().contains("haskovo"), i.getFoldedText());
        assertTrue(i.getFoldedText().contains(bg.integra.common.Folding.fold("Open day")), i.getFoldedText());
        assertEquals("Open day", i.headlines().get("en").title());
        assertEquals("Кратко", i.headlines().get("bg").summary());
        assertTrue(i.headlines().get("bg").body().contains("Общината"));
        assertEquals("INITIATIVE", i.auditedType().name());
    }
}
