package bg.integra.web.admin.training;

import bg.integra.common.Languages;
import bg.integra.media.StoredFile;
import bg.integra.resource.Resource;
import bg.integra.training.Course;
import bg.integra.training.CourseEditing;
import bg.integra.training.CourseModule;
import bg.integra.training.Lesson;
import bg.integra.training.LessonText;
import bg.integra.training.OutlineEditing;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.TranslatedText;
import bg.integra.web.common.TextField;
import bg.integra.web.common.UploadedFiles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * admin/training/lesson.xhtml: a lesson's title and body per language (the body in the content editor's rich text,
 * passed through the one sanitiser by the service), the handbook of the library it points to, and its media file
 * uploaded through the one upload path. A new lesson ({@code ?module=ID}) is added at the end of its module.
 */
@Named
@ViewScoped
public class EditLessonBacking implements Serializable {

    private static final String FORM = "form:";
    private static final List<TextField> TEXT_FIELDS = List.of(TextField.line("title", "trn.title", LessonText.TITLE_LENGTH),
            TextField.paragraph("body", "cnt.body", LessonText.BODY_LENGTH));

    @Inject
    private CourseEditing courses;

    @Inject
    private OutlineEditing outline;

    private Long id;
    private Long moduleId;
    private boolean loaded;
    private Course course;
    private CourseModule module;
    private Lesson lesson;
    private Long handbookId;
    private TranslatedText texts = TranslatedText.empty();
    private transient UploadedFile mediaFile;

    public void load() {
        if (loaded) return;
        loaded = true;
        if (id != null) {
            read(id);
        } else if (moduleId != null) {
            module = courses.module(moduleId);
            course = module.getCourse();
        } else {
            bg.integra.web.common.ServiceExceptionHandler.notFound(jakarta.faces.context.FacesContext.getCurrentInstance());
        }
    }

    private void read(long lessonId) {
        lesson = courses.lesson(lessonId); // missing or another organisation's: the 404 page
        module = lesson.getModule();
        course = module.getCourse();
        handbookId = lesson.getHandbook() == null ? null : lesson.getHandbook().getId();
        texts = TranslatedText.of(lesson.getTexts(), LessonText::getTitle, LessonText::getBody);
    }

    public String save() {
        boolean created = lesson == null;
        try {
            Map<String, LessonText> values = texts.values(LessonText::new);
            Lesson saved = created ? outline.addLesson(module.getId(), module.getVersion(), values, handbookId)
                    : outline.editLesson(lesson.getId(), lesson.getVersion(), values, handbookId);
            read(saved.getId());
        } catch (RuntimeException e) {
            BackofficeErrors.showAtFields(e, this::clientId);
            return null;
        }
        FacesMessages.info("bo.saved");
        return created ? "/admin/training/lesson.xhtml?faces-redirect=true&id=" + lesson.getId() : null;
    }

    public void attach() {
        byte[] bytes = UploadedFiles.read(mediaFile, FORM + "mediaFile");
        if (bytes == null || lesson == null) return;
        try {
            read(outline.attachMedia(lesson.getId(), lesson.getVersion(), mediaFile.getFileName(), bytes).getId());
            FacesMessages.info("cnt.fileAttached");
        } catch (RuntimeException e) {
            BackofficeErrors.showUpload(e, FORM + "mediaFile");
        }
    }

    public void detach() {
        try {
            read(outline.removeMedia(lesson.getId(), lesson.getVersion()).getId());
            FacesMessages.info("bo.saved");
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
    }

    /** {@code title} and {@code body} are the Bulgarian row's inputs, {@code title.en} English's; the handbook its menu. */
    String clientId(String field) {
        return TextField.clientId(FORM, TEXT_FIELDS, texts, Set.of("handbook"), field);
    }

    public boolean isNew() { return lesson == null; }
    public Course getCourse() { return course; }
    public CourseModule getModule() { return module; }
    public Lesson getLesson() { return lesson; }
    public StoredFile getMedia() { return lesson == null ? null : lesson.getMedia(); }
    public List<Resource> getHandbooks() { return courses.handbooks(); }
    public String handbookTitle(Resource r) { return r.text(Languages.DEFAULT).getTitle(); }
    public String getModuleTitle() { return module.title(Languages.DEFAULT); }
    public TranslatedText getTexts() { return texts; }

    public Long getId() { return id; }
    public void setId(Long id) { if (!loaded) this.id = id; }
    public Long getModuleId() { return moduleId; }
    public void setModuleId(Long moduleId) { if (!loaded) this.moduleId = moduleId; }
    public Long getHandbookId() { return handbookId; }
    public void setHandbookId(Long handbookId) { this.handbookId = handbookId; }
    public UploadedFile getMediaFile() { return mediaFile; }
    public void setMediaFile(UploadedFile mediaFile) { this.mediaFile = mediaFile; }
}
