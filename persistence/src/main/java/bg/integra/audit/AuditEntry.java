package bg.integra.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.*;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of the audit trail: when, who (a username, or {@value #ANONYMOUS} for a public registration and
 * {@value #SYSTEM} for a scheduled job), what was done to which record, the project it belongs to, and the
 * fields that changed. Entries are written once, in the transaction of the change, and never changed: no
 * column is updatable and nothing deletes them. They are kept out of the default entity listener (the portal's
 * cache does not care about them).
 */
@Entity
@Table(name = "audit_entry")
@Cacheable(false)
@ExcludeDefaultListeners
@NamedQuery(name = AuditEntry.FIND_BY_ENTITY,
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = AuditEntry.FIND_USERS, query = "SELECT DISTINCT a.username FROM AuditEntry a ORDER BY a.username")
public class AuditEntry {

    public static final String FIND_BY_ENTITY = "AuditEntry.findByEntity";
    public static final String FIND_USERS = "AuditEntry.findUsers";
    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";
    public static final int USERNAME_LENGTH = 100;
    public static final int CHANGES_LENGTH = 20000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "username", length = USERNAME_LENGTH, nullable = false, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", length = AuditedType.LENGTH, nullable = false, updatable = false)
    private AuditedType entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = AuditAction.LENGTH, nullable = false, updatable = false)
    private AuditAction action;

    /** Not a reference: the trail outlives a deleted project. */
    @Column(name = "project_id", updatable = false)
    private Long projectId;

    /** The field changes as a JSON array of {field, old, new, personal}. */
    @Column(name = "changes", length = CHANGES_LENGTH, nullable = false, updatable = false)
    private String changes;

    @Transient
    private List<FieldChange> parsed;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, String username, AuditedType entityType, long entityId,
                      AuditAction action, Long projectId, List<FieldChange> changes) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        String who = Objects.requireNonNull(username, "username");
        this.username = who.length() > USERNAME_LENGTH ? who.substring(0, USERNAME_LENGTH) : who;
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.entityId = entityId;
        this.action = Objects.requireNonNull(action, "action");
        this.projectId = projectId;
        this.changes = json(changes, true);
        if (this.changes.length() > CHANGES_LENGTH) this.changes = json(changes, false);
    }

    /** Field changes as JSON; when too long for the column, the field names alone, which always fit in practice. */
    private static String json(List<FieldChange> changes, boolean withValues) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldChange c : changes) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("field", c.field());
            if (withValues) {
                if (c.oldValue() != null) o.add("old", c.oldValue());
                if (c.newValue() != null) o.add("new", c.newValue());
            }
            if (c.personal()) o.add("personal", true);
            array.add(o);
        }
        return array.build().toString();
    }

    public List<FieldChange> getChanges() {
        if (parsed == null) {
            List<FieldChange> list = new ArrayList<>();
            try (var reader = Json.createReader(new StringReader(changes))) {
                JsonArray array = reader.readArray();
                for (JsonValue v : array) {
                    JsonObject o = v.asJsonObject();
                    list.add(new FieldChange(o.getString("field"), o.getString("old", null), o.getString("new", null),
                            o.getBoolean("personal", false)));
                }
            }
            parsed = List.copyOf(list);
        }
        return parsed;
    }

    public Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getUsername() { return username; }
    public AuditedType getEntityType() { return entityType; }
    public long getEntityId() { return entityId; }
    public AuditAction getAction() { return action; }
    public Long getProjectId() { return projectId; }
    /** The stored JSON, as it is in the database. */
    public String getChangesJson() { return changes; }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEntry other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return AuditEntry.class.hashCode();
    }

    @Override
    public String toString() {
        return "AuditEntry[" + id + ", " + username + " " + action + " " + entityType + " " + entityId + "]";
    }
}
