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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectTest {

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

    private static Project project() {
        Organisation beneficiary = new Organisation("Сдружение „Марица“", OrganisationKind.NGO, Region.HASKOVO);
        return new Project(ContractNumber.of("BG EIF 2013/01-05.01"),
                new ProjectText("  ИНТЕГРАЦИЯ на Имигранти ", " Семинари   за  ВСИЧКИ "), Fund.EIF, beneficiary, Region.HASKOVO);
    }

    private static Set<String> violatedProperties(Object bean) {
        return validator.validate(bean).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    // --- construction

    @Test
    void aNewProjectTakesItsSchemeFromTheContractNumberAndIsPlanned() {
        Project p = project();
        assertEquals("BG EIF 2013/01", p.getFundingScheme());
        assertEquals(ProjectStatus.PLANNED, p.getStatus());
        assertEquals(Region.HASKOVO, p.getRegion());
        assertEquals(Fund.EIF, p.getFund());
        assertTrue(p.getIndicators().isEmpty());
        assertTrue(violatedProperties(p).isEmpty(), () -> violatedProperties(p).toString());
    }

    @Test
    void theConstructorRequiresTheBulgarianText() {
        Organisation o = new Organisation("Сдружение", OrganisationKind.NGO, Region.VARNA);
        assertThrows(NullPointerException.class,
                () -> new Project(ContractNumber.of("BG EIF 2013/01-05.01"), null, Fund.EIF, o, Region.VARNA));
    }

    // --- texts and the Bulgarian-title rule

    @Test
    void textIsStrippedAndFallsBackToBulgarian() {
        Project p = project();
        assertEquals("ИНТЕГРАЦИЯ на Имигранти", p.text("bg").getTitle());
        assertEquals("Семинари   за  ВСИЧКИ", p.text("bg").getSummary());
        assertSame(p.text("bg"), p.text("en"));
        assertTrue(p.isTranslatedInto("bg"));
        assertFalse(p.isTranslatedInto("en"));
        assertTrue(p.isTitledInBulgarian());
    }

    @Test
    void setTextAddsAndReplacesATranslation() {
        Project p = project();
        p.setText("en", " Integration of Immigrants ", "  ");
        assertTrue(p.isTranslatedInto("en"));
        assertEquals("Integration of Immigrants", p.text("en").getTitle());
        assertNull(p.text("en").getSummary(), "a blank summary is kept as none");
        p.setText("en", "Second title", "Second summary");
        assertEquals("Second title", p.text("en").getTitle());
        assertEquals(2, p.getTexts().size());
    }

    @Test
    void aLanguageWithoutItsOwnTextGetsEnglishBeforeBulgarian() {
        Project p = project();
        assertEquals("bg", p.textLanguage("ar"));
        assertEquals("ИНТЕГРАЦИЯ на Имигранти", p.text("ar").getTitle());
        p.setText("en", "Integration of immigrants", null);
        assertEquals("en", p.textLanguage("ar"));
        assertEquals("Integration of immigrants", p.text("fa").getTitle());
        assertEquals("bg", p.textLanguage("bg"), "Bulgarian never falls back to English");
    }

    @Test
    void aBlankTitleRemovesATranslation() {
        Project p = project();
        p.setText("en", "Integration", null);
        p.setText("en", "   ", "summary without a title");
        assertFalse(p.isTranslatedInto("en"));
        assertEquals("ИНТЕГРАЦИЯ на Имигранти", p.text("en").getTitle());
        p.setText("en", null, null); // removing a translation that is not there is harmless
        assertEquals(1, p.getTexts().size());
    }

    @Test
    void theBulgarianTitleCannotBeRemoved() {
        Project p = project();
        assertThrows(IllegalArgumentException.class, () -> p.setText("bg", "  ", "Резюме"));
        assertThrows(IllegalArgumentException.class, () -> p.setText("bg", null, null));
        assertEquals("ИНТЕГРАЦИЯ на Имигранти", p.text("bg").getTitle());
        assertTrue(p.isTitledInBulgarian());
    }

    @Test
    void theBulgarianTitleCanBeReplaced() {
        Project p = project();
        p.setText("bg", "Нов заглавие", "Ново резюме");
        assertEquals("Нов заглавие", p.text("bg").getTitle());
        assertTrue(p.getSearchText().contains("нов заглавие ново резюме"), p.getSearchText());
        assertFalse(p.getSearchText().contains("имигранти"), p.getSearchText());
    }

    @Test
    void textsCannotBeChangedBehindTheProjectsBack() {
        Project p = project();
        assertThrows(UnsupportedOperationException.class, () -> p.getTexts().remove("bg"));
        assertThrows(UnsupportedOperationException.class, () -> p.getIndicators().clear());
    }

    @Test
    void aTitleLongerThanTheLimitIsAValidationError() {
        Project p = project();
        p.setText("en", "x".repeat(ProjectText.TITLE_LENGTH + 1), null);
        assertFalse(violatedProperties(p).isEmpty());
        p.setText("en", "x".repeat(ProjectText.TITLE_LENGTH), null);
        assertTrue(violatedProperties(p).isEmpty(), () -> violatedProperties(p).toString());
    }

    // --- search text

    @Test
    void searchTextHoldsContractNumberAndEveryTextInSearchableForm() {
        Project p = project();
        assertEquals("bg eif 2013/01-05.01 интеграция на имигранти семинари за всички", p.getSearchText());
        p.setText("en", "Integration of IMMIGRANTS", "Seminars  for ALL");
        assertEquals("bg eif 2013/01-05.01 интеграция на имигранти семинари за всички "
                + "integration of immigrants seminars for all", p.getSearchText());
        p.setText("en", "", null);
        assertEquals("bg eif 2013/01-05.01 интеграция на имигранти семинари за всички", p.getSearchText());
    }

    @Test
    void searchTextFollowsTheContractNumber() {
        Project p = project();
        p.setContractNumber(ContractNumber.of("BG AMIF 2016/02-01.03"));
        assertTrue(p.getSearchText().startsWith("bg amif 2016/02-01.03 "), p.getSearchText());
        assertFalse(p.getSearchText().contains("eif"), p.getSearchText());
    }

    @Test
    void searchTextIsCutAtItsColumnLength() {
        Project p = project();
        p.setText("bg", "Заглавие", "д".repeat(ProjectText.SUMMARY_LENGTH));
        p.setText("en", "Title", "e".repeat(ProjectText.SUMMARY_LENGTH));
        p.setText("de", "Titel", "f".repeat(ProjectText.SUMMARY_LENGTH));
        assertEquals(Project.SEARCH_TEXT_LENGTH, p.getSearchText().length());
        assertTrue(p.getSearchText().startsWith("bg eif 2013/01-05.01 заглавие д"));
    }

    // --- indicators

    @Test
    void indicatorsArePositionedInOrderOfAdding() {
        Project p = project();
        Indicator a = p.addIndicator("Семинари", IndicatorUnit.EVENTS, 4, 1);
        Indicator b = p.addIndicator("Наръчници", IndicatorUnit.COPIES, 750, 750);
        assertEquals(0, a.getPosition());
        assertEquals(1, b.getPosition());
        assertSame(p, a.getProject());
        assertEquals("Семинари", a.name("en"), "falls back to Bulgarian");
        a.setName("en", "Seminars");
        assertEquals("Seminars", a.name("en"));
        assertEquals(2, p.getIndicators().size());
        assertSame(a, p.getIndicators().get(0));
        assertSame(b, p.getIndicators().get(1));
    }

    @Test
    void percentAchievedIsRoundedToAWholePercentage() {
        Project p = project();
        assertEquals(25, p.addIndicator("a", IndicatorUnit.EVENTS, 4, 1).percentAchieved());
        assertEquals(0, p.addIndicator("b", IndicatorUnit.EVENTS, 4, 0).percentAchieved());
        assertEquals(33, p.addIndicator("c", IndicatorUnit.EVENTS, 3, 1).percentAchieved());
        assertEquals(67, p.addIndicator("d", IndicatorUnit.EVENTS, 3, 2).percentAchieved());
        assertEquals(1, p.addIndicator("e", IndicatorUnit.EVENTS, 200, 1).percentAchieved()); // 0.5 rounds up
        assertEquals(100, p.addIndicator("f", IndicatorUnit.COPIES, 750, 750).percentAchieved());
    }

    @Test
    void percentAchievedIsCappedAt100() {
        Project p = project();
        assertEquals(100, p.addIndicator("a", IndicatorUnit.PARTICIPANTS, 10, 25).percentAchieved());
        assertEquals(100, p.addIndicator("b", IndicatorUnit.PARTICIPANTS, 1, Indicator.MAX_VALUE).percentAchieved());
    }

    @Test
    void percentAchievedOfAZeroTargetIs100() {
        Project p = project();
        assertEquals(100, p.addIndicator("a", IndicatorUnit.ITEMS, 0, 0).percentAchieved());
        assertEquals(100, p.addIndicator("b", IndicatorUnit.ITEMS, 0, 5).percentAchieved());
    }

    @Test
    void percentAchievedDoesNotOverflowAtTheLargestValues() {
        Project p = project();
        assertEquals(100, p.addIndicator("a", IndicatorUnit.ITEMS, Indicator.MAX_VALUE, Indicator.MAX_VALUE).percentAchieved());
        assertEquals(50, p.addIndicator("b", IndicatorUnit.ITEMS, Indicator.MAX_VALUE, Indicator.MAX_VALUE / 2).percentAchieved());
    }

    @Test
    void indicatorValuesOutsideTheirBoundsAreValidationErrors() {
        Project p = project();
        Indicator i = p.addIndicator("Семинари", IndicatorUnit.EVENTS, 4, 1);
        assertTrue(violatedProperties(i).isEmpty(), () -> violatedProperties(i).toString());
        i.setTarget(-1);
        i.setAchieved(Indicator.MAX_VALUE + 1);
        assertEquals(Set.of("target", "achieved"), violatedProperties(i));
    }
}
