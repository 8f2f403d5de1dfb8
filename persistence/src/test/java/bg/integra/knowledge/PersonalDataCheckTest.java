package bg.integra.knowledge;

import bg.integra.knowledge.PersonalDataCheck.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataCheckTest {

    private static Optional<Kind> kind(String text) {
        return PersonalDataCheck.find(text).map(PersonalDataCheck.Finding::kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7501020018", "0345031236", "8802291233", "7521020012"})
    void aPersonalNumberWithARealDateAndItsChecksumIsAnEgn(String egn) {
        assertTrue(PersonalDataCheck.isEgn(egn), egn);
        assertEquals(Optional.of(Kind.EGN), kind("Лицето (ЕГН " + egn + ") потърси помощ."));
    }

    @Test
    void theEgnsChecksumAndDateMustBothHold() {
        assertFalse(PersonalDataCheck.isEgn("7501020019"), "checksum off by one");
        assertFalse(PersonalDataCheck.isEgn("8702291230"), "29 February 1987 did not exist, checksum right");
        assertFalse(PersonalDataCheck.isEgn("7513020014"), "month 13, checksum right");
        assertFalse(PersonalDataCheck.isEgn("750102001"), "nine digits");
        assertFalse(PersonalDataCheck.isEgn("75010200188"), "eleven digits");
        assertTrue(kind("ЕГН 7501020019").isEmpty(), "a wrong checksum is not a personal number");
    }

    @Test
    void aNumberInsideALongerOneIsNotAPersonalNumber() {
        assertTrue(kind("IBAN BG80BNBG96611020345678, сметка 775010200181").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000001", "1745896329", "9876543217"})
    void aForeignersNumberWithItsChecksumIsAnLnch(String lnch) {
        assertTrue(PersonalDataCheck.isLnch(lnch), lnch);
        assertEquals(Optional.of(Kind.LNCH), kind("ЛНЧ: " + lnch));
    }

    @Test
    void anLnchWithAWrongChecksumPasses() {
        assertFalse(PersonalDataCheck.isLnch("1745896320"));
        assertTrue(kind("ЛНЧ 1745896320").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+359 88 123 4567", "+359888123456", "+359 (88) 123-45-67", "00359 2 987 6543",
            "0888 123 456", "0888123456", "088 812 3456", "02 987 6543", "(02) 987 65 43", "02/987 65 43",
            "038 600 112", "0373 800 21", "+359 38 600 112"})
    void telephoneNumbersAreFound(String phone) {
        assertEquals(Optional.of(Kind.PHONE), kind("Обадете се на " + phone + " след 17 ч."), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivan.petrov@example.com", "a_b+tag@mail.bg", "обратна.връзка@пример.бг"})
    void eMailAddressesAreFound(String email) {
        assertEquals(Optional.of(Kind.EMAIL), kind("Пишете на " + email + "."), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "През 2015 г. семейството подава заявление; решението идва през 2016 г.",
            "Периодът 2014–2020 и програмата 2021-2027.",
            "Помощта е 1 250 000 лв., от които 12 500,50 EUR за превод и BGN 3500 за наем.",
            "Таксата е 0,5 % от 25 000 лв.",
            "Преписка № 9400123451 и дело № 1234/2015 на Административен съд – Хасково.",
            "Вх. № 94-00-123/12.03.2015, изх. № 0123/2015.",
            "Срещата беше на 11.06.2015 от 10:00 ч. в зала 204, ул. „Обеля 2“.",
            "Договор BG EIF 2013/01-05.01, 750 екземпляра, 3 справочника × 250.",
            "Решение № 012345/2015 на директора."})
    void yearsAmountsAndCaseNumbersPass(String text) {
        assertEquals(Optional.empty(), PersonalDataCheck.find(text), text);
    }

    @Test
    void theFindingSaysWhereItIs() {
        String text = "Тел. 0888 123 456.";
        PersonalDataCheck.Finding finding = PersonalDataCheck.find(text).orElseThrow();
        assertEquals("0888 123 456", text.substring(finding.start(), finding.end()));
        assertEquals("phone", finding.kind().key());
    }

    @Test
    void nothingInNothing() {
        assertTrue(PersonalDataCheck.find(null).isEmpty());
        assertTrue(PersonalDataCheck.find("  ").isEmpty());
    }
}
