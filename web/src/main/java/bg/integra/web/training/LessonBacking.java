package bg.integra.web.training;

import bg.integra.common.NotFoundException;
import bg.integra.media.StoredFile;
import bg.integra.training.Course;
import bg.integra.training.Learning;
import bg.integra.training.Lesson;
import bg.integra.training.Progress;
import bg.integra.training.TrainingCatalogue;
import bg.integra.web.portal.PortalSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * /training/{slug}/lessons/{id}: a lesson for an enrolled learner, who has viewed it by opening it: its text, its
 * media file (a picture, or a sound or video player for such files), the handbook to download, the previous and next
 * lesson and the learner's progress. Anyone else (not signed in, not enrolled) is sent to the course's page.
 * Never cached: it is one learner's.
 */
@Named
@RequestScoped
public class LessonBacking extends TrainingPage {

    @Inject
    private TrainingCatalogue catalogue;

    @Inject
    private Learning learning;

    private String slug;
    private Long id;
    private Course course;
    private Lesson lesson;
    private Progress progress;

    public void load() {
        response();
        try {
            course = catalogue.published(slug);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        List<Lesson> lessons = course.lessonsInOrder();
        lesson = lessons.stream().filter(l -> l.getId().equals(id)).findFirst().orElse(null);
        if (lesson == null) {
            notFound();
            return;
        }
        Optional<PortalSession.SignedIn> visitor = PortalSession.of(request);
        if (visitor.isEmpty() || learning.enrolment(visitor.get().accountId(), course.getId()).isEmpty()) {
            redirect(coursePath(course));
            return;
        }
        progress = learning.view(visitor.get().accountId(), lesson.getId());
    }

    private Lesson neighbour(int step) {
        List<Lesson> lessons = course.lessonsInOrder();
        int at = lessons.indexOf(lesson) + step;
        return at < 0 || at >= lessons.size() ? null : lessons.get(at);
    }

    public Lesson getPrevious() { return neighbour(-1); }
    public Lesson getNext() { return neighbour(1); }
    public Course getCourse() { return course; }
    public Lesson getLesson() { return lesson; }
    public Progress getProgress() { return progress; }
    public String getBody() { return lesson.text(language.getLang()).getBody(); }
    public int getNumber() { return course.lessonsInOrder().indexOf(lesson) + 1; }

    /** How the media file is shown: {@code image}, {@code audio}, {@code video} or a {@code file} to download. */
    public String getMediaKind() {
        StoredFile media = lesson.getMedia();
        if (media == null) return null;
        if (media.isImage()) return "image";
        String type = media.getMediaType().mimeType();
        if (type.startsWith("audio/")) return "audio";
        if (type.startsWith("video/")) return "video";
        return "file";
    }

    public String getMediaHref() {
        return lesson.getMedia() == null ? null : request.getContextPath() + lesson.getMedia().getPath();
    }

    public String getMediaType() {
        return lesson.getMedia() == null ? null : lesson.getMedia().getMediaType().mimeType();
    }

    public String getHandbookHref() {
        return lesson.getHandbook() == null || !lesson.getHandbook().isPublished() ? null
                : language.href("/resources/" + lesson.getHandbook().getSlug());
    }

    public String getHandbookTitle() {
        return lesson.getHandbook() == null ? null : lesson.getHandbook().text(language.getLang()).getTitle();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
