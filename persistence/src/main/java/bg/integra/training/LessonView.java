package bg.integra.training;

import jakarta.persistence.*;

import java.time.LocalDateTime;
import java.util.Objects;

/** That a learner has opened a lesson, and when first: one row per enrolment and lesson, never changed. */
@Entity
@Table(name = "lesson_view")
@Cacheable(false)
@NamedQuery(name = LessonView.VIEWED_LESSONS,
        query = "SELECT v.lesson.id FROM LessonView v WHERE v.enrolment.id = :enrolment")
public class LessonView {

    public static final String VIEWED_LESSONS = "LessonView.viewedLessons";

    @Id
    @SequenceGenerator(name = "lesson_view_seq", sequenceName = "lesson_view_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_view_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false)
    private Lesson lesson;

    @Column(name = "first_viewed_at", nullable = false)
    private LocalDateTime firstViewedAt;

    protected LessonView() {
    }

    public LessonView(Enrolment enrolment, Lesson lesson, LocalDateTime firstViewedAt) {
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        this.firstViewedAt = Objects.requireNonNull(firstViewedAt, "firstViewedAt");
    }

    public Long getId() { return id; }
    public Enrolment getEnrolment() { return enrolment; }
    public Lesson getLesson() { return lesson; }
    public LocalDateTime getFirstViewedAt() { return firstViewedAt; }
}
