package bg.integra.web.admin.content;

import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.event.Event;
import bg.integra.event.EventMethod;
import bg.integra.project.Activity;
import bg.integra.project.ActivityService;
import bg.integra.project.EventKind;
import bg.integra.project.TargetGroup;
import bg.integra.registration.RegistrationService;
import bg.integra.web.common.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * An event's own fields: kind, time, place, methods, places, the project activity it carries out, its trainers
 * and the target groups it is for.
 */
@Named
@ViewScoped
public class EventFields implements ContentFields {

    @Inject
    private ActivityService activities;

    @Inject
    private RegistrationService registrations;

    private EventKind kind = EventKind.SEMINAR;
    private EventMethod[] methods = new EventMethod[0];
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String venue;
    private String city;
    private Region region;
    private Integer capacity;
    private Long activityId;
    private final List<TrainerForm> trainers = new ArrayList<>();
    private String[] targetGroupCodes = new String[0];
    private List<TargetGroup> targetGroups;
    private List<Activity> activityChoices;
    private Long activityChoicesProject;

    @Override
    public Content create(ContentText bulgarian) {
        return new Event(kind, bulgarian, startsAt, venue, region);
    }

    @Override
    public void fill(Content content) {
        Event e = (Event) content;
        kind = e.getKind();
        methods = e.getMethods().toArray(EventMethod[]::new);
        startsAt = e.getStartsAt();
        endsAt = e.getEndsAt();
        venue = e.getVenue();
        city = e.getCity();
        region = e.getRegion();
        capacity = e.getCapacity();
        activityId = e.getActivity() == null ? null : e.getActivity().getId();
        trainers.clear();
        e.getTrainers().forEach(t -> trainers.add(TrainerForm.of(t)));
        targetGroupCodes = e.getTargetGroups().stream().map(TargetGroup::getCode).toArray(String[]::new);
    }

    @Override
    public boolean validate() {
        if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
            FacesMessages.error("form:endsAt", "cnt.endBeforeStart");
            return false;
        }
        boolean valid = true;
        for (int i = 0; i < trainers.size(); i++) {
            TrainerForm t = trainers.get(i);
            if (!t.isBlank() && (t.getName() == null || t.getName().isBlank())) {
                FacesMessages.error("form:trainerRows:" + i + ":trainerName", "bo.required");
                valid = false;
            }
        }
        return valid;
    }

    @Override
    public void apply(Content content) {
        Event e = (Event) content;
        e.setKind(kind);
        e.setStartsAt(startsAt);
        e.setEndsAt(endsAt);
        e.setVenue(venue);
        e.setCity(city);
        e.setRegion(region);
        e.setMethods(methods.length == 0 ? EnumSet.noneOf(EventMethod.class) : EnumSet.copyOf(List.of(methods)));
        e.setCapacity(capacity);
        e.setActivity(activityId == null ? null : activities.get(activityId));
        e.setTrainers(trainers.stream().filter(t -> !t.isBlank()).map(TrainerForm::toTrainer).toList());
        List<String> codes = List.of(targetGroupCodes);
        e.setTargetGroups(getTargetGroups().stream().filter(g -> codes.contains(g.getCode())).toList());
    }

    public void addTrainer() {
        if (trainers.size() < Event.MAX_TRAINERS) trainers.add(new TrainerForm());
    }

    public void removeTrainer(int index) {
        if (index >= 0 && index < trainers.size()) trainers.remove(index);
    }

    /** Another project was chosen: an activity of the former one no longer applies. */
    void projectChanged(Long projectId) {
        if (activityId != null && activityChoices(projectId).stream().noneMatch(a -> a.getId().equals(activityId))) {
            activityId = null;
        }
    }

    /** The activities of the chosen project, read again only when the project changes. */
    public List<Activity> activityChoices(Long projectId) {
        if (projectId == null) return List.of();
        if (activityChoices == null || !projectId.equals(activityChoicesProject)) {
            activityChoices = activities.ofProject(projectId);
            activityChoicesProject = projectId;
        }
        return activityChoices;
    }

    public List<TargetGroup> getTargetGroups() {
        if (targetGroups == null) targetGroups = registrations.targetGroups();
        return targetGroups;
    }

    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; }
    public EventMethod[] getMethods() { return methods; }
    public void setMethods(EventMethod[] methods) { this.methods = methods == null ? new EventMethod[0] : methods; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
    public List<TrainerForm> getTrainers() { return trainers; }
    public int getMaxTrainers() { return Event.MAX_TRAINERS; }
    public String[] getTargetGroupCodes() { return targetGroupCodes; }
    public void setTargetGroupCodes(String[] codes) { this.targetGroupCodes = codes == null ? new String[0] : codes; }
    public EventKind[] getKinds() { return EventKind.values(); }
    public EventMethod[] getMethodChoices() { return EventMethod.values(); }
    public Region[] getRegions() { return Region.values(); }
}
