package bg.integra.testsupport;

import bg.integra.audit.AuditEntry;
import bg.integra.audit.AuditedType;
import bg.integra.audit.FieldChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * GET /test-support/audit-entries?type=LOCATION&id=…: the audit trail of one record, oldest first, as
 * {@code entries: [{username, action, fields: [names of the changed fields]}]}, for the client-side tests that
 * check what a write left in the trail.
 */
@ApplicationScoped
public class AuditProbe implements Seed {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Override
    public String path() {
        return "audit-entries";
    }

    @Override
    public JsonObject get(Params params) {
        AuditedType type = params.choice("type", AuditedType.class);
        long id = params.number("id");
        JsonArrayBuilder entries = Json.createArrayBuilder();
        em.createQuery("SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.id", AuditEntry.class)
                .setParameter("type", type).setParameter("id", id).getResultList()
                .forEach(a -> {
                    JsonArrayBuilder fields = Json.createArrayBuilder();
                    a.getChanges().stream().map(FieldChange::field).forEach(fields::add);
                    entries.add(Json.createObjectBuilder().add("username", a.getUsername())
                            .add("action", a.getAction().name()).add("fields", fields));
                });
        return Json.createObjectBuilder().add("entries", entries).build();
    }
}
