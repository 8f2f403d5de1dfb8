package bg.integra.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FoldingTest {

    @Test
    void cyrillicAndLatinSpellingsMeet() {
        assertEquals(Folding.fold("София"), Folding.fold("SOFIA"));
        assertEquals(Folding.fold("Sofiya"), Folding.fold("sofia"));
        assertEquals(Folding.fold("Хасково"), Folding.fold("Haskovo"));
        assertEquals(Folding.fold("Пловдив"), Folding.fold("plovdiv"));
        assertEquals(Folding.fold("Чужденци"), Folding.fold("chuzhdentsi"));
    }

    @Test
    void caseAndAccentsGo() {
        assertEquals("cafe", Folding.fold("Café"));
        assertEquals(Folding.fold("İstanbul'da çalışma"), Folding.fold("istanbulda calisma").replace("istanbulda", "istanbul da"));
    }

    @Test
    void arabicLettersAreUnified() {
        assertEquals(Folding.fold("إقامة"), Folding.fold("اقامة"));
        assertEquals(Folding.fold("کار"), Folding.fold("كار"));
    }

    @Test
    void oddQueriesGiveFewShortTerms() {
        assertEquals(List.of(), Folding.terms("\"%<>'_"));
        assertEquals(List.of("script", "alert", "1"), Folding.terms("<script>alert(1)</script>"));
        List<String> terms = Folding.terms("a".repeat(10_000) + " б".repeat(5000));
        assertTrue(terms.size() <= Folding.MAX_TERMS);
        assertTrue(terms.stream().allMatch(t -> t.length() <= Folding.MAX_TERM_LENGTH));
    }
}
