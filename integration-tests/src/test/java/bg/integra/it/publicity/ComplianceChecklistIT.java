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
import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import bg.integra.media.InvalidFileException;
import bg.integra.media.StoredFile;
import bg.integra.organisation.Organisation;
import bg.integra.project.Project;
import bg.integra.project.PublicityKind;
import bg.integra.publicity.ComplianceCheck;
import bg.integra.publicity.ComplianceItem;
import bg.integra.publicity.ComplianceService;
import bg.integra.publicity.ComplianceStatus;
import bg.integra.publicity.MaterialDetails;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.publicity.PublicityMaterialService;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The publicity compliance checklist: a new project misses every rule; MET needs evidence (a file or one of the
 * project's materials) and NOT_APPLICABLE a note, else nothing is stored; who changed a rule and when is kept; the
 * list of what is still missing; stale versions; and that a coordinator sees only their own organisation's
 * checklist (the back-office pages, over HTTP, answer another project as not found).
 */
@ExtendWith(ArquillianExtension.class)
class ComplianceChecklistIT {

    @Inject
    ComplianceService compliance;

    @Inject
    AuditTrail audit;

    @Inject
    PublicityMaterialService materials;

    @Inject
    AsAdministrator admin;

    @Inject
    TestData data;

    private Project project() {
        Organisation o = data.organisation("Сдружение " + TestData.unique("cmp"));
        return data.project(o, "Проект " + TestData.unique("cmp"), null);
    }

    private ComplianceCheck check(long projectId, ComplianceItem item) {
        return admin.call(() -> compliance.checklist(projectId)).stream()
                .filter(c -> c.getItem() == item).findFirst().orElseThrow();
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aNewProjectMissesEveryRule() {
        long id = project().getId();
        List<ComplianceCheck> list = admin.call(() -> compliance.checklist(id));
        assertEquals(Arrays.asList(ComplianceItem.values()), list.stream().map(ComplianceCheck::getItem).toList());
        assertTrue(list.stream().allMatch(c -> c.getStatus() == ComplianceStatus.MISSING && c.getId() == null));
        assertEquals(Arrays.asList(ComplianceItem.values()), admin.call(() -> compliance.missing(id)));
    }

    @Test
    void metWithoutEvidenceIsRefusedAndNothingIsStored() {
        long id = project().getId();
        RuleRefusedException e = assertFails(RuleRefusedException.class, () -> admin.call(() ->
                compliance.update(id, ComplianceItem.OFFICE_BOARD, null, ComplianceStatus.MET, "табела", List.of())));
        assertEquals("status", e.field());
        assertEquals(ComplianceService.EVIDENCE_REQUIRED, e.reason());
        ComplianceCheck read = check(id, ComplianceItem.OFFICE_BOARD);
        assertNull(read.getId());
        assertEquals(ComplianceStatus.MISSING, read.getStatus());
    }

    @Test
    void aMaterialOfTheProjectIsEvidenceAndTheChangeIsSigned() {
        long id = project().getId();
        PublicityMaterial board = admin.call(() -> materials.create(id, new MaterialDetails(PublicityKind.INFORMATION_BOARD,
                "Табела в офиса", 1, LocalDate.of(2025, 1, 20), "Реклама ООД", null)));
        ComplianceCheck saved = admin.call(() -> compliance.update(id, ComplianceItem.OFFICE_BOARD, null,
                ComplianceStatus.MET, null, List.of(board.getId())));
        assertNotNull(saved.getId());

        ComplianceCheck read = check(id, ComplianceItem.OFFICE_BOARD);
        assertEquals(ComplianceStatus.MET, read.getStatus());
        assertEquals(List.of(board.getId()), read.getMaterials().stream().map(PublicityMaterial::getId).toList());
        assertEquals("admin", read.getChangedBy());
        assertNotNull(read.getChangedAt());
        List<ComplianceItem> missing = admin.call(() -> compliance.missing(id));
        assertEquals(ComplianceItem.values().length - 1, missing.size());
        assertFalse(missing.contains(ComplianceItem.OFFICE_BOARD));

        // the audit trail has the rule as it was set, under the project
        List<AuditEntry> trail = admin.call(() -> audit.list(AuditQuery.of(AuditedType.COMPLIANCE, saved.getId()),
                new PageRequest(0, 10)).items());
        assertEquals(List.of(AuditAction.CREATE), trail.stream().map(AuditEntry::getAction).toList());
        assertEquals(id, trail.get(0).getProjectId());
        assertTrue(trail.get(0).getChanges().stream().anyMatch(c -> c.field().equals("status") && "MET".equals(c.newValue())),
                trail.get(0).getChanges().toString());
        assertTrue(trail.get(0).getChanges().stream().anyMatch(c -> c.field().equals("materials")
                && board.getId().toString().equals(c.newValue())), trail.get(0).getChanges().toString());
    }

    @Test
    void anUploadedFileIsEvidenceAndTheLastOneCannotBeRemovedFromAMetRule() {
        long id = project().getId();
        StoredFile photo = admin.call(() -> compliance.addEvidence(id, ComplianceItem.PUBLICATIONS, "Вестник.png", png()));
        ComplianceCheck withFile = check(id, ComplianceItem.PUBLICATIONS);
        assertEquals(ComplianceStatus.MISSING, withFile.getStatus()); // an upload alone changes no status
        assertEquals(List.of(photo.getId()), withFile.getFiles().stream().map(StoredFile::getId).toList());

        admin.call(() -> compliance.update(id, ComplianceItem.PUBLICATIONS, withFile.getVersion(), ComplianceStatus.MET,
                "4 публикации", List.of()));
        RuleRefusedException e = assertFails(RuleRefusedException.class, () -> admin.call(() ->
                compliance.removeEvidence(id, ComplianceItem.PUBLICATIONS, photo.getId())));
        assertEquals(ComplianceService.EVIDENCE_REQUIRED, e.reason());
        ComplianceCheck read = check(id, ComplianceItem.PUBLICATIONS);
        assertEquals(ComplianceStatus.MET, read.getStatus());
        assertEquals(1, read.getFiles().size());
    }

    @Test
    void aFileThatIsNoImageOrPdfIsRefusedAndLeavesNoRow() {
        long id = project().getId();
        assertFails(InvalidFileException.class, () -> admin.call(() -> compliance.addEvidence(id, ComplianceItem.WEB_PAGE,
                "page.png", "<html>not an image</html>".getBytes(StandardCharsets.UTF_8))));
        assertNull(check(id, ComplianceItem.WEB_PAGE).getId());
    }

    @Test
    void notApplicableNeedsANote() {
        long id = project().getId();
        RuleRefusedException e = assertFails(RuleRefusedException.class, () -> admin.call(() ->
                compliance.update(id, ComplianceItem.WEB_PAGE, null, ComplianceStatus.NOT_APPLICABLE, "  ", List.of())));
        assertEquals("note", e.field());
        assertEquals(ComplianceService.NOTE_REQUIRED, e.reason());
        assertNull(check(id, ComplianceItem.WEB_PAGE).getId());

        admin.call(() -> compliance.update(id, ComplianceItem.WEB_PAGE, null, ComplianceStatus.NOT_APPLICABLE,
                "Бенефициентът няма сайт; страницата е в платформата", List.of()));
        ComplianceCheck read = check(id, ComplianceItem.WEB_PAGE);
        assertEquals(ComplianceStatus.NOT_APPLICABLE, read.getStatus());
        assertFalse(admin.call(() -> compliance.missing(id)).contains(ComplianceItem.WEB_PAGE));
    }

    @Test
    void aMaterialOfAnotherProjectIsRefused() {
        long id = project().getId();
        long otherId = project().getId();
        PublicityMaterial foreign = admin.call(() -> materials.create(otherId, new MaterialDetails(PublicityKind.BROCHURE,
                "Чужда брошура", 200, null, null, null)));
        RuleRefusedException e = assertFails(RuleRefusedException.class, () -> admin.call(() ->
                compliance.update(id, ComplianceItem.EU_EMBLEM_ON_MATERIALS, null, ComplianceStatus.MET, null,
                        List.of(foreign.getId()))));
        assertEquals("materials", e.field());
        assertNull(check(id, ComplianceItem.EU_EMBLEM_ON_MATERIALS).getId());
    }

    @Test
    void aStaleVersionIsAConflict() {
        long id = project().getId();
        ComplianceCheck first = admin.call(() -> compliance.update(id, ComplianceItem.DISCLAIMER, null,
                ComplianceStatus.NOT_APPLICABLE, "първа бележка", List.of()));
        admin.call(() -> compliance.update(id, ComplianceItem.DISCLAIMER, first.getVersion(), ComplianceStatus.MISSING,
                "втора бележка", List.of()));
        assertFails(ConflictException.class, () -> admin.call(() -> compliance.update(id, ComplianceItem.DISCLAIMER,
                first.getVersion(), ComplianceStatus.MISSING, "трета бележка", List.of())));
        // a first change made twice from a checklist read before either
        assertFails(ConflictException.class, () -> admin.call(() -> compliance.update(id, ComplianceItem.DISCLAIMER,
                null, ComplianceStatus.MISSING, "четвърта", List.of())));
        assertEquals("втора бележка", check(id, ComplianceItem.DISCLAIMER).getNote());
    }

    @Test
    void anUnknownProjectIsNotFoundAndAnonymousCallersAreRefused() {
        assertFails(NotFoundException.class, () -> admin.call(() -> compliance.checklist(Long.MAX_VALUE)));
        long id = project().getId();
        assertRefused(() -> compliance.checklist(id));
        assertRefused(() -> compliance.update(id, ComplianceItem.WEB_PAGE, null, ComplianceStatus.NOT_APPLICABLE,
                "анонимно", List.of()));
    }

    @Test
    @RunAsClient
    void aCoordinatorSeesAndChangesOnlyTheirOwnProjectsChecklist() {
        Http http = new Http();
        JsonObject seed = http.seed();
        BackOffice own = new BackOffice(http).signInOrFail(seed.getString("username"), seed.getString("password"));
        long projectId = seed.getJsonNumber("projectId").longValue();
        long otherId = seed.getJsonNumber("otherProjectId").longValue();

        assertEquals(404, own.get("/admin/projects/checklist.xhtml?id=" + otherId).statusCode());
        assertEquals(404, own.get("/admin/projects/checklist.xhtml?id=" + otherId + "&item=WEB_PAGE").statusCode());

        HttpResponse<String> page = own.get("/admin/projects/edit.xhtml?id=" + projectId);
        assertEquals(200, page.statusCode());
        String text = BackOffice.text(page.body());
        assertTrue(text.contains("Още липсват: 8 от 8 правила"), "the project page counts what is missing");
        assertTrue(text.contains("Информационна табела в офиса на проекта"));

        // NOT_APPLICABLE without a note: a message at the field, nothing stored
        HttpResponse<String> form = own.get("/admin/projects/checklist.xhtml?id=" + projectId + "&item=WEB_PAGE");
        assertEquals(200, form.statusCode());
        BackOffice.Form f = BackOffice.Form.parse(form.body(), "form");
        f.set(f.nameEndingWith(":status_input"), "NOT_APPLICABLE");
        HttpResponse<String> refused = f.submit(http, f.button(":save"));
        assertEquals(200, refused.statusCode());
        assertTrue(BackOffice.text(refused.body()).contains("Напишете в бележката защо правилото е неприложимо."));

        f = BackOffice.Form.parse(refused.body(), "form");
        f.set(f.nameEndingWith(":note"), "Бенефициентът няма собствен сайт");
        HttpResponse<String> saved = f.submit(http, f.button(":save"));
        assertTrue(BackOffice.isRedirect(saved), "saved: " + saved.statusCode());
        String after = BackOffice.text(own.get("/admin/projects/edit.xhtml?id=" + projectId).body());
        assertTrue(after.contains("Още липсват: 7 от 8 правила"), "one rule less is missing");
        assertFalse(after.contains("<li>Интернет страница на проекта</li>"));
    }
}
