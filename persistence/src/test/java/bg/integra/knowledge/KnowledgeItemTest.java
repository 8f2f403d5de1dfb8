package bg.integra.knowledge;

import bg.integra.common.FieldProblem;
import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeItemTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final Organisation member = new Organisation("Член", OrganisationKind.NGO, Region.HASKOVO);

    private Practice practice(LocalDate start) {
        Practice p = new Practice(member, TargetAudience.REFUGEES, IntegrationArea.LANGUAGE,
                new PracticeText("Курс по български", null, "Цели", null, null, null, null));
        p.setPeriod(new Period(start, null));
        return p;
    }

    @Test
    void aPracticeIsPublishedOnlyAfterAYear() {
        assertEquals(Map.of(), practice(TODAY.minusYears(1)).problems(TODAY));
        assertEquals(Map.of("start", FieldProblem.tooRecent(TODAY.minusYears(1))),
                practice(TODAY.minusYears(1).plusDays(1)).problems(TODAY));
        assertEquals(Map.of("start", FieldProblem.required()), practice(null).problems(TODAY));
    }

    @Test
    void aCaseWithPersonalDataNamesTheFieldAndTheLanguage() {
        CaseStudy c = new CaseStudy(member, IntegrationArea.HEALTH,
                new CaseText("Случай", "Лице с ЕГН 7501020018 потърси помощ.", "Какво?", "Обадихме се на 0888 123 456.", null, null));
        c.setText("en", new CaseText("A case", "Nothing personal.", null, null, "Write to a@b.bg", null));
        assertEquals(Map.of("situation", FieldProblem.personalData("egn"), "actions", FieldProblem.personalData("phone"),
                "outcome.en", FieldProblem.personalData("email")), c.problems(TODAY));
        c.setTexts(Map.of("bg", new CaseText("Случай", "Лице потърси помощ през 2015 г.", null, null, null, null)));
        assertEquals(Map.of(), c.problems(TODAY));
    }

    @Test
    void publishingSetsTheDatesAndTheWordsAreFolded() {
        Practice p = practice(TODAY.minusYears(2));
        assertFalse(p.isPublished());
        p.submit(TODAY);
        assertEquals(KnowledgeStatus.SUBMITTED, p.getStatus());
        p.publish(TODAY);
        assertTrue(p.isPublished());
        assertEquals(TODAY, p.getPublishedOn());
        assertTrue(p.getFoldedText().contains("kurs po bal"), p.getFoldedText());
    }

    @Test
    void aMeasureNeedsItsSourcesAndAPlanOnceAdopted() {
        Measure m = new Measure(member, Region.HASKOVO, TODAY.minusYears(1), new MeasureText("Мярка", null, null, null));
        assertEquals(List.of("description", "addressee", "sources"), List.copyOf(m.problems(TODAY).keySet()));
        assertTrue(m.isDatedForItsStatus());
        m.adopted(TODAY);
        assertFalse(m.isDatedForItsStatus(), "adopted into no plan");
        m.setText("bg", new MeasureText("Мярка", "Какво", "Областна администрация", "Областна стратегия"));
        assertTrue(m.isDatedForItsStatus());
        m.discussed(TODAY.minusYears(2));
        assertFalse(m.isDatedForItsStatus(), "discussed before it was proposed");
    }

    @Test
    void aSubmittedItemIsSentBackWithItsReasonUntilItIsPublished() {
        Practice p = practice(TODAY.minusYears(2));
        assertThrows(IllegalStateException.class, () -> p.sendBack("Добавете резултатите"));
        p.submit(TODAY);
        assertThrows(NullPointerException.class, () -> p.sendBack("  "));
        p.sendBack("Добавете резултатите");
        assertEquals(KnowledgeStatus.DRAFT, p.getStatus());
        assertEquals("Добавете резултатите", p.getReviewComment());
        p.submit(TODAY);
        assertEquals("Добавете резултатите", p.getReviewComment(), "the reviewer reads what was asked");
        p.publish(TODAY);
        assertNull(p.getReviewComment());
    }
}
