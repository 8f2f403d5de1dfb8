package bg.integra.common;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    private static final LocalDate JAN_1 = LocalDate.of(2014, 1, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2014, 6, 30);

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

    @Test
    void keepsBothEnds() {
        Period p = new Period(JAN_1, JUN_30);
        assertEquals(JAN_1, p.getStart());
        assertEquals(JUN_30, p.getEnd());
        assertTrue(p.isOrdered());
        assertTrue(validator.validate(p).isEmpty());
    }

    @Test
    void aOneDayPeriodIsOrdered() {
        assertTrue(new Period(JAN_1, JAN_1).isOrdered());
    }

    @Test
    void eitherEndMayBeUnknown() {
        assertTrue(new Period(null, JUN_30).isOrdered());
        assertTrue(new Period(JAN_1, null).isOrdered());
        Period empty = new Period();
        assertNull(empty.getStart());
        assertNull(empty.getEnd());
        assertTrue(empty.isOrdered());
    }

    @Test
    void theConstructorRefusesAnEndBeforeTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new Period(JUN_30, JAN_1));
    }

    @Test
    void anEndSetBeforeTheStartIsAValidationError() {
        Period p = new Period(JAN_1, JUN_30);
        p.setEnd(JAN_1.minusDays(1));
        assertFalse(p.isOrdered());
        var violations = validator.validate(p);
        assertEquals(1, violations.size());
        assertEquals("ordered", violations.iterator().next().getPropertyPath().toString());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(new Period(JAN_1, JUN_30), new Period(JAN_1, JUN_30));
        assertEquals(new Period(JAN_1, JUN_30).hashCode(), new Period(JAN_1, JUN_30).hashCode());
        assertNotEquals(new Period(JAN_1, JUN_30), new Period(JAN_1, null));
        assertEquals(new Period(), new Period(null, null));
    }
}
