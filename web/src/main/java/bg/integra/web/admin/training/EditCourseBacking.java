package bg.integra.web.admin.training;

import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationService;
import bg.integra.project.Project;
import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseDraft;
import bg.integra.training.CourseEditing;
import bg.integra.training.CourseText;
import bg.integra.training.CourseTopic;
import bg.integra.training.EnrolmentMode;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.TextField;
import bg.integra.web.common.TranslatedText;
import bg.integra.web.security.StaffView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * admin/training/course.xhtml: a course's facts (address, audience, topic, hours, how learners join, project and,
 * for an administrator, the organisation that gives it), its texts per language (title, summary, what the
 * certificate says) and publishing. The course is kept as read, so a save after someone else's is refused with the
 * conflict message and what was typed stays.
 */
@Named
@ViewScoped
public class EditCourseBacking implements Serializable {

    static final List<TextField> TEXT_FIELDS = List.of(
            TextField.line("title", "trn.title", CourseText.TITLE_LENGTH),
            TextField.paragraph("summary", "trn.summary", CourseText.SUMMARY_LENGTH),
            TextField.paragraph("certificate", "trn.certificateText", CourseText.CERTIFICATE_LENGTH));
    private static final Set<String> FIELDS = Set.of("slug", "audience", "topic", "hours", "enrolment", "key", "project", "organisation", "modules");
    private static final String FORM = "form:";

    @Inject
    private CourseEditing editing;

    @Inject
    private OrganisationService organisations;

    @Inject
    private StaffView staff;

    private Long id;
    private boolean loaded;
    private Course course;
    private String slug;
    private CourseAudience audience = CourseAudience.IMMIGRANTS;
    private CourseTopic topic = CourseTopic.SETTLING_IN;
    private Integer hours = 1;
    private EnrolmentMode enrolment = EnrolmentMode.OPEN;
    private String key;
    private Long projectId;
    private Long organisationId;
    private TranslatedText texts = TranslatedText.empty();

    public void load() {
        if (loaded) return;
        loaded = true;
        if (id != null) fill(editing.get(id)); // missing or another organisation's: the 404 page
    }

    private void fill(Course c) {
        course = c;
        slug = c.getSlug();
        audience = c.getAudience();
        topic = c.getTopic();
        hours = c.getHours();
        enrolment = c.getEnrolment();
        key = null;
        projectId = c.getProject() == null ? null : c.getProject().getId();
        organisationId = c.getOrganisation().getId();
        texts = TranslatedText.ofFields(c.getTexts(), t -> {
            Map<String, String> named = new LinkedHashMap<>();
            named.put("title", t.getTitle());
            named.put("summary", t.getSummary());
            named.put("certificate", t.getCertificateText());
            return named;
        });
    }

    public String save() {
        boolean created = course == null;
        try {
            Map<String, CourseText> values = texts.rowValues(row -> new CourseText(row.getText(),
                    row.getFields().get("summary"), row.getFields().get("certificate")));
            CourseDraft draft = new CourseDraft(slug, audience, topic, hours, enrolment, key, projectId, organisationId, values);
            fill(created ? editing.create(draft) : editing.update(course.getId(), course.getVersion(), draft));
        } catch (RuntimeException e) {
            BackofficeErrors.showAtFields(e, this::clientId);
            return null;
        }
        FacesMessages.info("bo.saved");
        return created ? "/admin/training/course.xhtml?faces-redirect=true&id=" + course.getId() : null;
    }

    public void publish() {
        change(() -> editing.publish(course.getId(), course.getVersion()), "trn.published");
    }

    public void unpublish() {
        change(() -> editing.unpublish(course.getId(), course.getVersion()), "trn.unpublished");
    }

    /** Publishes or takes off the course as read; a refusal (someone's change meanwhile, no lessons) is a message. */
    private void change(java.util.function.Supplier<Course> change, String done) {
        try {
            fill(editing.get(change.get().getId()));
            FacesMessages.info(done);
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
    }

    /** The input of a field as the service names it: {@code title} is the Bulgarian row's, {@code title.en} English's. */
    String clientId(String field) {
        return TextField.clientId(FORM, TEXT_FIELDS, texts, FIELDS, field);
    }

    public boolean isNew() { return course == null; }
    public Course getCourse() { return course; }
    public boolean isChoosesOrganisation() { return staff.isAdministrator(); }
    public List<Organisation> getOrganisations() { return organisations.findAll(); }
    public List<Project> getProjects() { return editing.projects(); }
    public CourseAudience[] getAudiences() { return CourseAudience.values(); }
    public CourseTopic[] getTopics() { return CourseTopic.values(); }
    public EnrolmentMode[] getEnrolments() { return EnrolmentMode.values(); }
    public List<TextField> getTextFields() { return TEXT_FIELDS; }
    public TranslatedText getTexts() { return texts; }

    public Long getId() { return id; }
    public void setId(Long id) { if (!loaded) this.id = id; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public CourseAudience getAudience() { return audience; }
    public void setAudience(CourseAudience audience) { this.audience = audience; }
    public CourseTopic getTopic() { return topic; }
    public void setTopic(CourseTopic topic) { this.topic = topic; }
    public Integer getHours() { return hours; }
    public void setHours(Integer hours) { this.hours = hours; }
    public EnrolmentMode getEnrolment() { return enrolment; }
    public void setEnrolment(EnrolmentMode enrolment) { this.enrolment = enrolment; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
}
