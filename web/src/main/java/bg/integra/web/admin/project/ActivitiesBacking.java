package bg.integra.web.admin.project;

import bg.integra.project.Activity;
import bg.integra.project.ActivityService;
import bg.integra.project.Project;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.TranslatedText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The activities section of admin/projects/edit.xhtml: the project's activities with how many events carry each
 * out, and the dialog that adds or edits one. The project (and the right to change it) comes from
 * {@link EditProjectBacking}, which loaded it for the caller.
 */
@Named
@ViewScoped
public class ActivitiesBacking implements Serializable {

    @Inject
    private ActivityService activities;

    @Inject
    private EditProjectBacking page;

    private List<Activity> list;
    private Map<Long, Long> eventCounts;
    private ActivityForm form;

    public List<Activity> getActivities() {
        Project project = page.getProject();
        if (project == null || project.getId() == null) return List.of();
        if (list == null) reload();
        return list;
    }

    public long eventCount(Activity activity) {
        if (eventCounts == null) reload();
        return eventCounts.getOrDefault(activity.getId(), 0L);
    }

    private void reload() {
        long projectId = page.getProject().getId();
        list = activities.ofProject(projectId);
        eventCounts = activities.eventCounts(projectId);
    }

    public void newActivity() {
        form = new ActivityForm();
    }

    public void edit(Activity activity) {
        form = ActivityForm.of(activity);
    }

    public void save() {
        if (form.getId() != null && form.getNumber() == null) {
            FacesMessages.error("activityForm:number", "bo.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (form.getStart() != null && form.getEnd() != null && form.getEnd().isBefore(form.getStart())) {
            FacesMessages.error("activityForm:end", "validation.period");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            if (form.getId() == null) {
                activities.add(page.getProject().getId(), form.getNumber(), form.getTitles().texts(),
                        form.getStart(), form.getEnd());
            } else {
                activities.update(form.getId(), form.getVersion(), form.getNumber(), form.getTitles().texts(),
                        form.getStart(), form.getEnd());
            }
            FacesMessages.info("bo.saved");
            form = null;
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
            FacesContext.getCurrentInstance().validationFailed(); // keep the dialog open with what was typed
        }
        reload();
    }

    public void delete(Activity activity) {
        try {
            activities.delete(activity.getId(), activity.getVersion());
            FacesMessages.info("bo.deleted");
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        reload();
    }

    public ActivityForm getForm() { return form; }

    /** The dialog's fields; a new activity's number may stay empty for the next free one. */
    public static class ActivityForm implements Serializable {
        private Long id;
        private long version;
        private Integer number;
        private TranslatedText titles = TranslatedText.empty();
        private LocalDate start;
        private LocalDate end;

        static ActivityForm of(Activity activity) {
            ActivityForm form = new ActivityForm();
            form.id = activity.getId();
            form.version = activity.getVersion();
            form.number = activity.getNumber();
            form.titles = TranslatedText.of(activity.getTitles());
            form.start = activity.getPeriod().getStart();
            form.end = activity.getPeriod().getEnd();
            return form;
        }

        public Long getId() { return id; }
        public long getVersion() { return version; }
        public Integer getNumber() { return number; }
        public void setNumber(Integer number) { this.number = number; }
        public TranslatedText getTitles() { return titles; }
        public LocalDate getStart() { return start; }
        public void setStart(LocalDate start) { this.start = start; }
        public LocalDate getEnd() { return end; }
        public void setEnd(LocalDate end) { this.end = end; }
    }
}
