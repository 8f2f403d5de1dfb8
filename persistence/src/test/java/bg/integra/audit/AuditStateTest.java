package bg.integra.audit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditStateTest {

    @Test
    void onlyChangedFieldsAreReportedWithOldAndNewValues() {
        AuditState before = AuditState.of().put("status", "PLANNED").put("target", 4).put("region", "SOFIA");
        AuditState after = AuditState.of().put("status", "RUNNING").put("target", 4).put("region", null);
        assertEquals(List.of(new FieldChange("status", "PLANNED", "RUNNING", false),
                new FieldChange("region", "SOFIA", null, false)), before.changesTo(after));
    }

    @Test
    void personalDataIsReportedAsChangedWithoutItsValues() {
        AuditState before = AuditState.of().personal("email", "maria@example.org").put("status", "CONFIRMED");
        AuditState after = AuditState.of().personal("email", "erased-1@erased.invalid").put("status", "CONFIRMED");
        assertEquals(List.of(new FieldChange("email", null, null, true)), before.changesTo(after));
        assertEquals(List.of(new FieldChange("email", null, null, true), new FieldChange("status", "CONFIRMED", null, false)),
                before.changesTo(AuditState.none()));
    }

    @Test
    void aCreationReportsEveryFieldAndCollectionsInAStableOrder() {
        List<FieldChange> changes = AuditState.none().changesTo(AuditState.of().put("methods", Set.of("B", "A")));
        assertEquals(List.of(new FieldChange("methods", null, "A, B", false)), changes);
    }

    @Test
    void longValuesAreCut() {
        String body = "x".repeat(1000);
        FieldChange change = AuditState.none().changesTo(AuditState.of().put("body.bg", body)).get(0);
        assertEquals(AuditState.VALUE_LENGTH, change.newValue().length());
        assertTrue(change.newValue().endsWith("…"));
    }
}
