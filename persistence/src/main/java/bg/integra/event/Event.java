package bg.integra.event;

import bg.integra.audit.AuditState;
import bg.integra.common.Region;
import bg.integra.common.Text;
import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import bg.integra.project.Activity;
import bg.integra.project.EventKind;
import bg.integra.project.TargetGroup;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A seminar, forum, practicum, training, press conference or discussion that a project holds: when and where,
 * what it is about (the text's body is the agenda), the methods it uses, who trains and whom it is meant for, and
 * the activity of its project that it carries out. Times are local to Bulgaria.
 */
@Entity
@Table(name = "event")
@DiscriminatorValue("EVENT")
@NamedQuery(name = Event.FIND_WITH_PROJECT,
        query = "SELECT e FROM Event e LEFT JOIN FETCH e.project p LEFT JOIN FETCH p.beneficiary ORDER BY e.startsAt DESC, e.id")
@NamedQuery(name = Event.FIND_BY_BENEFICIARY,
        query = "SELECT e FROM Event e JOIN FETCH e.project p JOIN FETCH p.beneficiary b WHERE b.id = :organisation"
                + " ORDER BY e.startsAt DESC, e.id")
@NamedQuery(name = Event.FIND_ONE_WITH_PROJECT,
        query = "SELECT e FROM Event e LEFT JOIN FETCH e.project p LEFT JOIN FETCH p.beneficiary WHERE e.id = :id")
@NamedQuery(name = Event.COUNT_HELD_BY_KIND,
        query = "SELECT e.kind, COUNT(e) FROM Event e WHERE e.project.id = :project"
                + " AND e.status = bg.integra.content.PublicationStatus.PUBLISHED AND e.startsAt <= :now GROUP BY e.kind")
public class Event extends Content {

    /** Every event with its project and beneficiary (staff lists). */
    public static final String FIND_WITH_PROJECT = "Event.findWithProject";
    /** The events of the projects of one beneficiary organisation. */
    public static final String FIND_BY_BENEFICIARY = "Event.findByBeneficiary";
    public static final String FIND_ONE_WITH_PROJECT = "Event.findOneWithProject";


    /** The project's published events that have started, per kind: what "events held" counts. */
    public static final String COUNT_HELD_BY_KIND = "Event.countHeldByKind";

    public static final int VENUE_LENGTH = 300;
    public static final int MAX_TRAINERS = 20;
    public static final int CITY_LENGTH = 100;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = EventKind.LENGTH, nullable = false)
    private EventKind kind;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    @NotBlank
    @Size(max = VENUE_LENGTH)
    @Column(name = "venue", length = VENUE_LENGTH, nullable = false)
    private String venue;

    @Size(max = CITY_LENGTH)
    @Column(name = "city", length = CITY_LENGTH)
    private String city;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = Region.LENGTH, nullable = false)
    private Region region;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "event_method", joinColumns = @JoinColumn(name = "event_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = EventMethod.LENGTH, nullable = false)
    private Set<EventMethod> methods = EnumSet.noneOf(EventMethod.class);

    /** How many people may register and be confirmed; null for no limit (the rest go to the waitlist). */
    @Positive
    @Column(name = "capacity")
    private Integer capacity;

    /** The activity of the event's project that the event carries out; null when none was named. */
    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Valid
    @Size(max = MAX_TRAINERS)
    @ElementCollection
    // no @BatchFetch: read with a list of Content (joined inheritance), EclipseLink 4.0 binds the wrong column's
    // values into the batch's IN (PostgreSQL: "bigint = character varying"); the event lists ask for it instead
    // (EventService.events, a batch hint)
    @CollectionTable(name = "event_trainer", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Trainer> trainers = new ArrayList<>();

    /** The target groups the event is meant for (a registrant names their own, which may differ). */
    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "event_target_group", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "target_group_code"))
    private Set<TargetGroup> targetGroups = new HashSet<>();

    protected Event() {
    }

    public Event(EventKind kind, ContentText bulgarian, LocalDateTime startsAt, String venue, Region region) {
        super(bulgarian);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.venue = Objects.requireNonNull(Text.blankToNull(venue), "venue");
        this.region = Objects.requireNonNull(region, "region");
    }

    @Override
    public ContentType contentType() {
        return ContentType.EVENT;
    }

    @AssertTrue(message = "{integra.event.endsBeforeStart}")
    public boolean isEndAfterStart() {
        return endsAt == null || startsAt == null || !endsAt.isBefore(startsAt);
    }

    /** Whether the event has ended (or, without an end, started) before the given moment. */
    public boolean isPast(LocalDateTime now) {
        return (endsAt == null ? startsAt : endsAt).isBefore(now);
    }

    @Override
    public AuditState auditState() {
        return super.auditState()
                .put("kind", kind)
                .put("startsAt", startsAt)
                .put("endsAt", endsAt)
                .put("venue", venue)
                .put("city", city)
                .put("region", region)
                .put("methods", methods)
                .put("capacity", capacity)
                .put("activity", activity == null ? null : activity.getNumber())
                .put("trainers", trainers)
                .put("targetGroups", targetGroups.stream().map(TargetGroup::getCode).toList());
    }

    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; touch(); }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; touch(); }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; touch(); }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = Text.blankToNull(venue); touch(); }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = Text.blankToNull(city); touch(); }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; touch(); }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; touch(); }
    public Activity getActivity() { return activity; }
    public void setActivity(Activity activity) { this.activity = activity; touch(); }
    public List<Trainer> getTrainers() { return Collections.unmodifiableList(trainers); }
    public void setTrainers(Collection<Trainer> trainers) {
        this.trainers.clear();
        if (trainers != null) this.trainers.addAll(trainers);
        touch();
    }
    /** The target groups in their set order (local authority first). */
    public List<TargetGroup> getTargetGroups() {
        return targetGroups.stream().sorted(Comparator.comparingInt(TargetGroup::getPosition)).toList();
    }
    public void setTargetGroups(Collection<TargetGroup> targetGroups) {
        this.targetGroups.clear();
        if (targetGroups != null) this.targetGroups.addAll(targetGroups);
        touch();
    }
    public Set<EventMethod> getMethods() { return Collections.unmodifiableSet(methods); }
    public void setMethods(Set<EventMethod> methods) {
        this.methods.clear();
        if (methods != null) this.methods.addAll(methods);
        touch();
    }
}
