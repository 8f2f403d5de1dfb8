package bg.integra.project;

import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** An indicator is entered or counted: what each needs, and which achieved value each shows. */
class IndicatorSourceTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Indicator indicator() {
        Organisation beneficiary = new Organisation("Синдикат „Образование“", OrganisationKind.TRADE_UNION, Region.SOFIA_CITY);
        Project p = new Project(ContractNumber.of("BG EIF 2013/01-05.02"), new ProjectText("Проект", null), Fund.EIF,
                beneficiary, Region.SOFIA_CITY);
        return p.addIndicator("Участници", IndicatorUnit.PARTICIPANTS, 140, 12);
    }

    private static Set<String> violations(Indicator i) {
        return validator.validate(i).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString).collect(Collectors.toSet());
    }

    @Test
    void anEnteredIndicatorShowsWhatWasEntered() {
        Indicator i = indicator();
        assertEquals(IndicatorSource.ENTERED, i.getSource());
        assertEquals(12, i.getAchieved());
        assertTrue(violations(i).isEmpty());
        assertThrows(IllegalStateException.class, () -> i.showCount(3));
    }

    @Test
    void aCountedIndicatorShowsItsCountAndCannotBeEntered() {
        Indicator i = indicator();
        i.count(IndicatorMeasure.PARTICIPANTS, "NGO");
        assertNull(i.getMeasureParameter(), "PARTICIPANTS takes no parameter");
        assertEquals(0, i.getAchieved(), "not counted yet");
        i.showCount(140);
        assertEquals(140, i.getAchieved());
        assertEquals(100, i.percentAchieved());
        assertThrows(IllegalStateException.class, () -> i.setAchieved(5));
        assertTrue(violations(i).isEmpty());

        i.enter(7);
        assertEquals(IndicatorSource.ENTERED, i.getSource());
        assertNull(i.getMeasure());
        assertEquals(7, i.getAchieved());
    }

    @Test
    void aMeasuresParameterMustNameWhatItNarrows() {
        Indicator i = indicator();
        i.count(IndicatorMeasure.EVENTS_HELD, "SEMINAR");
        assertTrue(violations(i).isEmpty());
        i.count(IndicatorMeasure.EVENTS_HELD, "PICNIC");
        assertEquals(Set.of("measureConsistent"), violations(i));
        i.count(IndicatorMeasure.COPIES_PRINTED, "HANDBOOK");
        assertTrue(violations(i).isEmpty());
        i.count(IndicatorMeasure.COPIES_PRINTED, "SEMINAR");
        assertEquals(Set.of("measureConsistent"), violations(i));
        i.count(IndicatorMeasure.PARTICIPANTS_IN_TARGET_GROUP, " ");
        assertEquals(Set.of("measureConsistent"), violations(i), "the target group is required");
        i.count(IndicatorMeasure.PARTICIPANTS_IN_TARGET_GROUP, "NGO");
        assertTrue(violations(i).isEmpty());
    }
}
