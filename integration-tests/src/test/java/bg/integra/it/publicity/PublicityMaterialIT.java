package bg.integra.it.publicity;

import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditEntry;
import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.audit.AuditedType;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.common.RuleRefusedException;
import bg.integra.it.TestFiles;
import bg.integra.it.BackOffice;
import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Indicators;
import bg.integra.media.InvalidFileException;
import bg.integra.media.StoredFile;
import bg.integra.organisation.Organisation;
import bg.integra.project.Project;
import bg.integra.project.PublicityKind;
import bg.integra.publicity.Distribution;
import bg.integra.publicity.MaterialDetails;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.publicity.PublicityMaterialService;
import bg.integra.resource.Resource;
import bg.integra.testsupport.ContentSeeds;
import bg.integra.testsupport.IndicatorSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static bg.integra.it.Failures.assertCausedBy;
import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Printed and publicity materials: an administrator records one, its distribution log may never hand out more
 * copies than were made (refused at the field, nothing stored), evidence is checked by content and a refused file
 * leaves nothing behind, a library item must be the project's own, a visitor can do nothing, and in the
 * back-office a coordinator reaches only their own organisation's materials (others answer 404).
 */
@ExtendWith(ArquillianExtension.class)
class PublicityMaterialIT {

    @Inject
    PublicityMaterialService materials;

    @Inject
    AuditTrail audit;

    @Inject
    AsAdministrator admin;

    @Inject
    TestData data;

    @Inject
    IndicatorSeeds seeds;

    @Inject
    ContentSeeds content;

    private Project project() {
        Organisation o = data.organisation("Сдружение " + TestData.unique("pub"));
        return data.project(o, "Проект " + TestData.unique("pub"), null);
    }

    private static MaterialDetails handbooks(int quantity) {
        return new MaterialDetails(PublicityKind.HANDBOOK, "Справочник „Междукултурни компетенции“", quantity,
                LocalDate.of(2015, 5, 25), "Печатница „Хасково принт“", null);
    }

    @Test
    void aMaterialIsRecordedAndItsDistributionNeverExceedsItsQuantity() {
        Project p = project();
        PublicityMaterial m = admin.call(() -> materials.create(p.getId(), handbooks(250)));

        admin.call(() -> materials.distribute(m.getId(), new Distribution(LocalDate.of(2015, 6, 9), "Семинар в Хасково", 200)));
        RuleRefusedException over = assertFails(RuleRefusedException.class, () -> admin.call(
                () -> materials.distribute(m.getId(), new Distribution(LocalDate.of(2015, 6, 16), "Община Хасково", 51))));
        assertEquals("copies", over.field());
        assertEquals(PublicityMaterialService.OVER_DISTRIBUTED, over.reason());
        assertEquals(1, seeds.distributionRows(m.getId()), "the refused line was not stored");
        admin.call(() -> materials.distribute(m.getId(), new Distribution(LocalDate.of(2015, 6, 16), "Община Хасково", 50)));

        PublicityMaterial read = admin.call(() -> materials.get(m.getId()));
        assertEquals(250, read.distributed());
        assertEquals(0, read.remaining());
        assertEquals(List.of("Семинар в Хасково", "Община Хасково"), read.getDistribution().stream().map(Distribution::getRecipient).toList());

        // the quantity cannot drop below what was handed out; a bad line is refused by its rules
        RuleRefusedException below = assertFails(RuleRefusedException.class,
                () -> admin.call(() -> materials.update(m.getId(), read.getVersion(), handbooks(249))));
        assertEquals("quantity", below.field());
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(
                () -> materials.distribute(m.getId(), new Distribution(LocalDate.of(2015, 6, 20), " ", 0))));
        assertEquals(250, admin.call(() -> materials.get(m.getId())).getQuantity());
        assertEquals(2, seeds.distributionRows(m.getId()));

        // removing a line frees its copies
        admin.call(() -> materials.removeDistribution(m.getId(), 1));
        assertEquals(50, admin.call(() -> materials.get(m.getId())).remaining());

        // every change that was made is in the audit trail, the refused ones are not
        List<AuditEntry> trail = admin.call(() -> audit.list(AuditQuery.of(AuditedType.MATERIAL, m.getId()),
                new PageRequest(0, 20)).items());
        assertEquals(List.of(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE),
                trail.stream().map(AuditEntry::getAction).toList(), "three lines given or taken, newest first");
        assertTrue(trail.get(0).getChanges().stream().anyMatch(c -> c.field().equals("distribution")
                && c.oldValue().contains("Община Хасково: 50") && !c.newValue().contains("Община Хасково")),
                trail.get(0).getChanges().toString());
        assertEquals(p.getId(), trail.get(3).getProjectId());
    }

    @Test
    void aMaterialWithoutATitleOrWithANegativeQuantityIsRefusedAndNothingIsStored() {
        Project p = project();
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> materials.create(p.getId(),
                new MaterialDetails(PublicityKind.BROCHURE, "  ", 200, null, null, null))));
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> materials.create(p.getId(),
                new MaterialDetails(PublicityKind.BROCHURE, "Брошура", -1, null, null, null))));
        assertEquals(0, seeds.materials(p.getId()));
    }

    @Test
    void evidenceIsCheckedByContentAndARefusedFileLeavesNothingBehind() throws IOException {
        Project p = project();
        PublicityMaterial m = admin.call(() -> materials.create(p.getId(), handbooks(250)));
        long filesBefore = seeds.storedFiles();

        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        InvalidFileException refused = assertFails(InvalidFileException.class,
                () -> admin.call(() -> materials.addEvidence(m.getId(), "photo.jpg", script)));
        assertEquals(InvalidFileException.UNSUPPORTED, refused.reason());
        assertEquals(filesBefore, seeds.storedFiles(), "no file was stored");
        assertTrue(admin.call(() -> materials.get(m.getId())).getEvidence().isEmpty());

        byte[] png = TestFiles.png();
        StoredFile photo = admin.call(() -> materials.addEvidence(m.getId(), "Снимка на справочниците.png", png));
        List<StoredFile> evidence = admin.call(() -> materials.get(m.getId())).getEvidence();
        assertEquals(List.of(photo.getId()), evidence.stream().map(StoredFile::getId).toList());
        assertEquals("image/png", evidence.get(0).getMediaType().mimeType());
    }

    @Test
    void aLibraryItemMustBeTheProjectsOwnAndAVisitorCanChangeNothing() {
        Project p = project();
        Project other = project();
        Resource own = content.handbook(TestData.unique("h"), p);
        Resource foreign = content.handbook(TestData.unique("h"), other);
        MaterialDetails linkedToForeign = new MaterialDetails(PublicityKind.HANDBOOK, "Справочник", 250, null, null, foreign.getId());
        assertEquals("resource", assertFails(RuleRefusedException.class,
                () -> admin.call(() -> materials.create(p.getId(), linkedToForeign))).field());
        PublicityMaterial linked = admin.call(() -> materials.create(p.getId(),
                new MaterialDetails(PublicityKind.HANDBOOK, "Справочник", 250, null, null, own.getId())));
        assertEquals(own.getId(), admin.call(() -> materials.get(linked.getId())).getResource().getId());

        assertRefused(() -> materials.create(p.getId(), handbooks(10)));
        assertRefused(() -> materials.forProject(p.getId()));
        assertFails(NotFoundException.class, () -> admin.call(() -> materials.forProject(Long.MAX_VALUE)));
        assertEquals(1, seeds.materials(p.getId()));
    }

    @Test
    void aMaterialIsChangedAndDeletedOnlyAtTheVersionRead() {
        Project p = project();
        PublicityMaterial m = admin.call(() -> materials.create(p.getId(), handbooks(250)));
        PublicityMaterial changed = admin.call(() -> materials.update(m.getId(), m.getVersion(),
                new MaterialDetails(PublicityKind.BANNER, "Ролбанер", 1, LocalDate.of(2015, 4, 2), "Агенция „Образ“", null)));
        assertEquals(PublicityKind.BANNER, admin.call(() -> materials.get(m.getId())).getKind());
        assertEquals(ConflictException.STALE, assertFails(ConflictException.class,
                () -> admin.call(() -> materials.update(m.getId(), m.getVersion(), handbooks(10)))).reason());
        assertEquals(ConflictException.STALE, assertFails(ConflictException.class,
                () -> admin.run(() -> materials.delete(m.getId(), m.getVersion()))).reason());
        assertEquals(1, seeds.materials(p.getId()));
        admin.run(() -> materials.delete(m.getId(), changed.getVersion()));
        assertEquals(0, seeds.materials(p.getId()));
    }

    @Test
    @RunAsClient
    void aCoordinatorReachesOnlyTheirOwnOrganisationsMaterials() {
        Http http = new Http();
        JsonObject seeded = http.seed();
        long own = seeded.getJsonNumber("projectId").longValue();
        long foreign = seeded.getJsonNumber("otherProjectId").longValue();
        long ownMaterial = Indicators.material(http, own, "BROCHURE", 200);
        long foreignMaterial = Indicators.material(http, foreign, "BANNER", 1);

        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("username"), seeded.getString("password"));
        HttpResponse<String> list = coordinator.get("/admin/materials/list.xhtml?project=" + own);
        assertEquals(200, list.statusCode());
        assertTrue(BackOffice.text(list.body()).contains(Bundles.text("bg", "project.materialKind.BROCHURE")), list.body());
        assertEquals(200, coordinator.get("/admin/materials/edit.xhtml?id=" + ownMaterial).statusCode());
        assertEquals(200, coordinator.get("/admin/materials/edit.xhtml?project=" + own).statusCode());

        assertEquals(404, coordinator.get("/admin/materials/list.xhtml?project=" + foreign).statusCode());
        assertEquals(404, coordinator.get("/admin/materials/edit.xhtml?id=" + foreignMaterial).statusCode());
        assertEquals(404, coordinator.get("/admin/materials/edit.xhtml?project=" + foreign).statusCode());
        assertEquals(404, coordinator.get("/admin/materials/list.xhtml").statusCode());
    }
}
