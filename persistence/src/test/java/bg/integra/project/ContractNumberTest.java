package bg.integra.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractNumberTest {

    @Test
    void acceptsTheCanonicalForm() {
        ContractNumber n = ContractNumber.of("BG EIF 2013/01-05.01");
        assertEquals("BG EIF 2013/01-05.01", n.value());
        assertEquals("BG EIF 2013/01-05.01", n.toString());
        assertTrue(ContractNumber.isValid("BG EIF 2013/01-05.01"));
    }

    @Test
    void normalisesSpacesAndCase() {
        ContractNumber n = ContractNumber.of("  bg   eif\t2013/01-05.02 ");
        assertEquals("BG EIF 2013/01-05.02", n.value());
        assertTrue(ContractNumber.isValid("  bg   amif\t2014/02-01.10 "));
    }

    @Test
    void equalsAfterNormalisation() {
        ContractNumber a = ContractNumber.of("BG EIF 2013/01-05.01");
        ContractNumber b = ContractNumber.of("bg  eif 2013/01-05.01");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, ContractNumber.of("BG EIF 2013/01-05.02"));
    }

    @Test
    void acceptsFundCodesOfTwoToSixLetters() {
        assertEquals("BG ES 2020/01-01.01", ContractNumber.of("BG ES 2020/01-01.01").value());
        assertEquals("BG ABCDEF 2020/01-01.01", ContractNumber.of("BG ABCDEF 2020/01-01.01").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "EIF 2013/01-05.01",           // no country
            "RO EIF 2013/01-05.01",        // another country
            "BG E 2013/01-05.01",          // fund code too short
            "BG ABCDEFG 2013/01-05.01",    // fund code too long
            "BG EIF 13/01-05.01",          // two-digit year
            "BG EIF 2013/1-05.01",         // one-digit call
            "BG EIF 2013/01-5.01",         // one-digit lot
            "BG EIF 2013/01-05.1",         // one-digit contract
            "BG EIF 2013/01-05,01",        // comma
            "BG EIF 2013-01-05.01",        // dash for slash
            "BG EIF 2013/01 05.01",        // space for dash
            "BGEIF 2013/01-05.01",         // missing space
            "BG EIF 2013/01-05.01 extra",
            "BG EIF1 2013/01-05.01",
            "BG ЕИФ 2013/01-05.01",        // Cyrillic letters
            "BG EIF 2013/01-05.01\n2"
    })
    void refusesOtherForms(String text) {
        assertFalse(ContractNumber.isValid(text), text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContractNumber.of(text));
        assertTrue(e.getMessage().contains(ContractNumber.FORMAT), e.getMessage());
    }

    @ParameterizedTest
    @NullSource
    void refusesNull(String text) {
        assertFalse(ContractNumber.isValid(text));
        assertThrows(NullPointerException.class, () -> ContractNumber.of(text));
    }

    @Test
    void schemeIsEverythingBeforeTheLot() {
        assertEquals("BG EIF 2013/01", ContractNumber.of("BG EIF 2013/01-05.01").scheme());
        assertEquals("BG AMIF 2016/03", ContractNumber.of("bg amif 2016/03-12.07").scheme());
    }

    @Test
    void theDocumentedFormatIsItselfValid() {
        assertTrue(ContractNumber.isValid(ContractNumber.FORMAT));
        assertTrue(ContractNumber.FORMAT.length() <= ContractNumber.LENGTH);
    }
}
