package bg.integra.training;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Where a learner is in a course: its lessons in order, those viewed, and when the course was completed (null while
 * it is not). {@link #next()} is "continue where you stopped": the first lesson in order not yet viewed.
 *
 * @param enrolmentId the learner's enrolment
 * @param lessons     every lesson of the course, in the order a learner takes them
 * @param viewed      the lessons viewed
 * @param completedAt when the course was completed, or null
 */
public record Progress(long enrolmentId, List<Long> lessons, Set<Long> viewed, LocalDateTime completedAt) {

    public Progress {
        lessons = List.copyOf(lessons);
        viewed = Set.copyOf(viewed);
    }

    public int total() {
        return lessons.size();
    }

    /** Viewed lessons that are still in the course (a deleted lesson's view is gone with it). */
    public int viewedCount() {
        return (int) lessons.stream().filter(viewed::contains).count();
    }

    public boolean allViewed() {
        return !lessons.isEmpty() && viewedCount() == lessons.size();
    }

    /** The first lesson in order not yet viewed; the first lesson when all are; null for a course without lessons. */
    public Long next() {
        return lessons.stream().filter(id -> !viewed.contains(id)).findFirst()
                .orElse(lessons.isEmpty() ? null : lessons.get(0));
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean hasViewed(long lessonId) {
        return viewed.contains(lessonId);
    }
}
