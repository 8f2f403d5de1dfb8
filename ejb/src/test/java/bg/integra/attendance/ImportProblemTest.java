package bg.integra.attendance;

import bg.integra.common.FieldProblem;
import bg.integra.registration.Registrant;
import bg.integra.registration.Registration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportProblemTest {

    @Test
    void aCellsProblemIsTheListsKeyWithTheLimitAsArgument() {
        assertEquals(new ImportProblem(3, "email", "att.import.required", null),
                ImportProblem.of(3, "email", FieldProblem.required()));
        assertEquals(new ImportProblem(4, "name", "att.import.tooLong", Registration.NAME_LENGTH),
                ImportProblem.of(4, "name", FieldProblem.tooLong(Registration.NAME_LENGTH)));
        assertEquals(new ImportProblem(5, "email", "att.import.invalidEmail", null),
                ImportProblem.of(5, "email", FieldProblem.malformed()));
        assertEquals(new ImportProblem(5, "phone", "att.import.invalidPhone", null),
                ImportProblem.of(5, "phone", FieldProblem.malformed()));
        assertEquals(new ImportProblem(5, "name", "att.import.invalid", null),
                ImportProblem.of(5, "name", FieldProblem.malformed()));
    }

    @Test
    void aRowOfAListIsJudgedByTheRegistrationsRules() {
        Registrant person = new Registrant(" ", "x".repeat(Registration.ORGANISATION_LENGTH + 1), null, "NGO",
                "not-an-address", "call me", null).normalised();
        List<ImportProblem> problems = new ArrayList<>();
        person.problems().forEach((field, problem) -> problems.add(ImportProblem.of(2, field, problem)));
        assertEquals(List.of(new ImportProblem(2, "name", "att.import.required", null),
                new ImportProblem(2, "organisation", "att.import.tooLong", Registration.ORGANISATION_LENGTH),
                new ImportProblem(2, "email", "att.import.invalidEmail", null),
                new ImportProblem(2, "phone", "att.import.invalidPhone", null)), problems);
    }
}
