package bg.integra.publicity;

import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import bg.integra.project.ContractNumber;
import bg.integra.project.Fund;
import bg.integra.project.Project;
import bg.integra.project.ProjectText;
import bg.integra.project.PublicityKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A material's distribution log adds up, and never to more copies than were made. */
class PublicityMaterialTest {

    private static Set<String> violations(Object bean) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return factory.getValidator().validate(bean).stream().map(ConstraintViolation::getPropertyPath)
                    .map(Object::toString).collect(Collectors.toSet());
        }
    }

    private static PublicityMaterial brochures() {
        Project p = new Project(ContractNumber.of("BG EIF 2013/01-05.02"), new ProjectText("Проект", null), Fund.EIF,
                new Organisation("Синдикат", OrganisationKind.TRADE_UNION, Region.SOFIA_CITY), Region.SOFIA_CITY);
        return new PublicityMaterial(p, PublicityKind.BROCHURE, " Информационна брошура ", 200);
    }

    @Test
    void theLogAddsUpAndMayNotExceedTheQuantity() {
        PublicityMaterial m = brochures();
        assertEquals("Информационна брошура", m.getTitle());
        m.distribute(new Distribution(LocalDate.of(2015, 6, 11), "Пресконференция", 45));
        m.distribute(new Distribution(LocalDate.of(2015, 6, 22), "Регионалните структури", 120));
        assertEquals(165, m.distributed());
        assertEquals(35, m.remaining());
        assertTrue(violations(m).isEmpty());
        m.distribute(new Distribution(LocalDate.of(2015, 6, 23), "Училища", 36));
        assertEquals(Set.of("distributionWithinQuantity"), violations(m));
        m.removeDistribution(2);
        assertTrue(violations(m).isEmpty());
    }

    @Test
    void aLineNeedsARecipientAndSomeCopies() {
        PublicityMaterial m = brochures();
        m.distribute(new Distribution(LocalDate.of(2015, 6, 11), "  ", 0));
        Set<String> v = violations(m);
        assertTrue(v.contains("distribution[0].recipient"), v.toString());
        assertTrue(v.contains("distribution[0].copies"), v.toString());
    }
}
