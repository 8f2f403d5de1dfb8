package bg.integra.training;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Continue where you stopped" and the completion rule. */
class ProgressTest {

    @Test
    void continuesAtTheFirstLessonInOrderNotYetViewedEvenAfterSkippingAhead() {
        Progress p = new Progress(1, List.of(10L, 11L, 12L, 13L), Set.of(10L, 12L), null);
        assertEquals(11L, p.next());
        assertEquals(2, p.viewedCount());
        assertFalse(CompletionRule.met(p));
    }

    @Test
    void allViewedCompletesAndContinuesAtTheStart() {
        Progress p = new Progress(1, List.of(10L, 11L), Set.of(10L, 11L, 99L), null);
        assertTrue(CompletionRule.met(p));
        assertEquals(2, p.viewedCount(), "a view of a lesson no longer in the course does not count");
        assertEquals(10L, p.next());
    }

    @Test
    void aCourseWithoutLessonsIsNeverComplete() {
        Progress p = new Progress(1, List.of(), Set.of(), null);
        assertFalse(CompletionRule.met(p));
        assertNull(p.next());
        assertTrue(new Progress(1, List.of(), Set.of(), LocalDateTime.now()).isCompleted());
    }
}
