package bg.integra.knowledge;

import bg.integra.common.FieldProblem;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeasureDraftTest {

    private static final LocalDate PROPOSED = LocalDate.of(2015, 11, 20);
    private static final MeasureText TEXT = new MeasureText("Мярка", "Преводачи", "Областна администрация", null);
    private static final MeasureText PLANNED = new MeasureText("Мярка", "Преводачи", "Областна администрация", "Областна стратегия");

    private static MeasureDraft draft(MeasureStatus status, LocalDate discussed, LocalDate decided, MeasureText bulgarian) {
        return new MeasureDraft(Region.HASKOVO, status, PROPOSED, discussed, decided, List.of(), List.of(), Map.of("bg", bulgarian));
    }

    @Test
    void aDraftNamesEveryMissingField() {
        MeasureDraft draft = new MeasureDraft(null, null, null, null, null, null, null, Map.of());
        assertEquals(Map.of("title", FieldProblem.required(), "region", FieldProblem.required(),
                "measureStatus", FieldProblem.required(), "proposedOn", FieldProblem.required()), draft.missing());
        assertEquals(List.of(), draft.cases());
        assertEquals(List.of(3L), new MeasureDraft(null, null, null, null, null, Arrays.asList(3L, null, 3L), null, null).cases(),
                "each case once");
    }

    @Test
    void eachStepTakenHasItsDateAndAStepNotTakenHasNone() {
        assertEquals(Map.of(), draft(MeasureStatus.PROPOSED, null, null, TEXT).missing());
        assertEquals(Map.of("discussedOn", FieldProblem.required()), draft(MeasureStatus.DISCUSSED, null, null, TEXT).missing());
        assertEquals(Map.of("decidedOn", FieldProblem.required()), draft(MeasureStatus.REJECTED, PROPOSED, null, TEXT).missing());
        assertEquals(Map.of("discussedOn", FieldProblem.malformed(), "decidedOn", FieldProblem.malformed()),
                draft(MeasureStatus.PROPOSED, PROPOSED, PROPOSED, TEXT).missing());
        assertEquals(Map.of(), draft(MeasureStatus.ADOPTED, null, PROPOSED, PLANNED).missing(), "adopted without a discussion");
        assertEquals(Map.of(), draft(MeasureStatus.REJECTED, PROPOSED.plusDays(3), PROPOSED.plusDays(3), TEXT).missing());
    }

    @Test
    void theStepsAreInOrder() {
        assertEquals(Map.of("discussedOn", FieldProblem.tooEarly(PROPOSED)),
                draft(MeasureStatus.DISCUSSED, PROPOSED.minusDays(1), null, TEXT).missing());
        assertEquals(Map.of("decidedOn", FieldProblem.tooEarly(PROPOSED)),
                draft(MeasureStatus.REJECTED, null, PROPOSED.minusDays(1), TEXT).missing());
        assertEquals(Map.of("decidedOn", FieldProblem.tooEarly(PROPOSED.plusMonths(2))),
                draft(MeasureStatus.ADOPTED, PROPOSED.plusMonths(2), PROPOSED.plusMonths(1), PLANNED).missing());
        assertEquals(Map.of("discussedOn", FieldProblem.tooEarly(PROPOSED), "decidedOn", FieldProblem.tooEarly(PROPOSED)),
                draft(MeasureStatus.REJECTED, PROPOSED.minusDays(2), PROPOSED.minusDays(1), TEXT).missing(),
                "a decision before the proposal, even after a discussion dated too early");
    }

    @Test
    void onlyAnAdoptedMeasureNamesAPlanAndItMust() {
        assertEquals(Map.of("plan", FieldProblem.required()), draft(MeasureStatus.ADOPTED, null, PROPOSED, TEXT).missing());
        assertEquals(Map.of("plan", FieldProblem.malformed()), draft(MeasureStatus.DISCUSSED, PROPOSED, null, PLANNED).missing());
        MeasureDraft english = new MeasureDraft(Region.HASKOVO, MeasureStatus.REJECTED, PROPOSED, null, PROPOSED, List.of(),
                List.of(), Map.of("bg", TEXT, "en", new MeasureText("Measure", null, null, "Regional strategy")));
        assertEquals(Map.of("plan.en", FieldProblem.malformed()), english.missing());
    }

    @Test
    void aMeasureIsMadeAndChangedWithItsStepsAsGiven() {
        Organisation member = new Organisation("Член", OrganisationKind.NGO, Region.HASKOVO);
        Measure m = draft(MeasureStatus.ADOPTED, PROPOSED.plusMonths(1), PROPOSED.plusMonths(2), PLANNED).create(member);
        assertEquals(MeasureStatus.ADOPTED, m.getMeasureStatus());
        assertEquals(PROPOSED.plusMonths(2), m.getDecidedOn());
        assertEquals("Областна стратегия", m.text("bg").getPlan());

        draft(MeasureStatus.DISCUSSED, PROPOSED.plusMonths(1), null, TEXT).applyTo(m);
        assertEquals(MeasureStatus.DISCUSSED, m.getMeasureStatus(), "a correction takes it back a step");
        assertEquals(null, m.getDecidedOn());
        assertEquals(MeasureStatus.DISCUSSED, MeasureDraft.of(m).measureStatus());
    }
}
