package bg.integra.it.knowledge;

import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditEntry;
import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.audit.AuditedType;
import bg.integra.common.AccessDeniedException;
import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.knowledge.CaseDraft;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.CaseText;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.InitiativeDraft;
import bg.integra.knowledge.InitiativeKind;
import bg.integra.knowledge.InitiativeText;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.KnowledgeEditing;
import bg.integra.knowledge.KnowledgeReview;
import bg.integra.knowledge.KnowledgeService;
import bg.integra.knowledge.KnowledgeStatus;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.MeasureDraft;
import bg.integra.knowledge.MeasureStatus;
import bg.integra.knowledge.MeasureText;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.PracticeDraft;
import bg.integra.knowledge.PracticeText;
import bg.integra.knowledge.TargetAudience;
import bg.integra.organisation.Organisation;
import bg.integra.testsupport.KnowledgeSeeds;
import bg.integra.testsupport.NetworkSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.AsMember;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge base as its writers keep it (KnowledgeEditing, KnowledgeReview inside the server): a member writes
 * and sees only its own organisation's items; a member's change of a published item takes it off the portal until
 * it is reviewed again, an editor's must still pass the item's rules; versions; sending back with a reason; an
 * initiative written, refused at its start and submitted as the back-office's form does it; a regional measure
 * whose steps do not tell one story, or that comes from an unpublished case, refused at the field, and one written,
 * reviewed and audited; the members an editor picks from, a page of those matching what was typed.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeEditingIT {

    @Inject
    KnowledgeEditing editing;

    @Inject
    KnowledgeReview review;

    @Inject
    KnowledgeService knowledge;

    @Inject
    KnowledgeSeeds seeds;

    @Inject
    NetworkSeeds network;

    @Inject
    AsMember member;

    @Inject
    AsAdministrator admin;

    @Inject
    AuditTrail audit;

    private Organisation own;
    private Organisation other;
    private String tag;

    @BeforeEach
    void organisations() {
        tag = TestData.unique("kbe").toLowerCase();
        own = seeds.memberOf(AsMember.USERNAME);
        other = network.organisation("Друг " + tag, "kbe-" + tag, Region.VARNA);
    }

    private static PracticeDraft practice(String title, LocalDate start) {
        return new PracticeDraft("BG", Region.HASKOVO, start, null, TargetAudience.REFUGEES, IntegrationArea.EMPLOYMENT,
                "Приемна", List.of("https://example.bg/p"),
                Map.of("bg", new PracticeText(title, null, "Цели", null, null, null, null)));
    }

    private static CaseDraft caseDraft(String title, String situation) {
        return new CaseDraft(Region.HASKOVO, IntegrationArea.HEALTH,
                Map.of("bg", new CaseText(title, situation, null, null, null, null)));
    }

    @Test
    void aMemberWritesAndSeesOnlyItsOwnOrganisationsItems() {
        Practice mine = member.call(() -> editing.create(own.getId(), practice("Моя " + tag, LocalDate.now().minusYears(2))));
        assertEquals(KnowledgeStatus.DRAFT, mine.getStatus());
        Practice theirs = admin.call(() -> editing.create(other.getId(), practice("Чужда " + tag, LocalDate.now().minusYears(2))));

        assertFails(AccessDeniedException.class, () -> member.call(() -> editing.create(other.getId(), practice("Не " + tag, null))));
        assertFails(NotFoundException.class, () -> member.call(() -> editing.get(Practice.class, theirs.getId())));
        assertFails(NotFoundException.class, () -> member.run(() -> editing.update(theirs.getId(), theirs.getVersion(),
                practice("Пак не " + tag, null))));
        assertFails(NotFoundException.class, () -> member.run(() -> editing.delete(Practice.class, theirs.getId(), theirs.getVersion())));

        List<Long> seen = member.call(() -> editing.list(Practice.class, null, other.getId(), new PageRequest(0, 100)))
                .items().stream().map(Practice::getId).toList();
        assertTrue(seen.contains(mine.getId()), "a member's list is its own organisation's, whatever it asks for");
        assertTrue(!seen.contains(theirs.getId()));
        List<Long> editors = admin.call(() -> editing.list(Practice.class, KnowledgeStatus.DRAFT, other.getId(), new PageRequest(0, 100)))
                .items().stream().map(Practice::getId).toList();
        assertEquals(List.of(theirs.getId()), editors);
    }

    @Test
    void aMembersChangeOfAPublishedItemIsReviewedAgain() {
        Practice p = member.call(() -> editing.create(own.getId(), practice("Преглед " + tag, LocalDate.now().minusYears(2))));
        member.run(() -> review.submit(Practice.class, p.getId()));
        Practice published = admin.call(() -> review.publish(Practice.class, p.getId()));
        assertEquals(p.getId(), knowledge.practice(p.getId()).getId());

        assertFails(ConflictException.class, () -> member.run(() -> editing.update(p.getId(), p.getVersion(),
                practice("Остаряла " + tag, LocalDate.now().minusYears(2)))));
        Practice changed = member.call(() -> editing.update(p.getId(), published.getVersion(),
                practice("Преглед " + tag + " 2", LocalDate.now().minusYears(2))));
        assertEquals(KnowledgeStatus.DRAFT, changed.getStatus());
        assertFails(NotFoundException.class, () -> knowledge.practice(p.getId()));
    }

    @Test
    void anEditorsChangeOfAPublishedCaseMustStillHoldNoPersonalData() {
        CaseStudy c = member.call(() -> editing.create(own.getId(), caseDraft("Казус " + tag, "Семейство без лекар.")));
        member.run(() -> review.submit(CaseStudy.class, c.getId()));
        CaseStudy published = admin.call(() -> review.publish(CaseStudy.class, c.getId()));

        InvalidInputException refused = assertFails(InvalidInputException.class, () -> admin.run(() -> editing.update(c.getId(),
                published.getVersion(), caseDraft("Казус " + tag, "Обадете се на 0888 123 456."))));
        assertEquals(Map.of("situation", FieldProblem.personalData("phone")), refused.fields());
        assertEquals("Семейство без лекар.", knowledge.caseStudy(c.getId()).text("bg").getSituation(), "nothing was changed");

        CaseStudy kept = admin.call(() -> editing.update(c.getId(), published.getVersion(), caseDraft("Казус " + tag, "Семейство без личен лекар.")));
        assertEquals(KnowledgeStatus.PUBLISHED, kept.getStatus(), "an editor's change keeps it published");
        assertFails(AccessDeniedException.class, () -> member.run(() -> editing.delete(CaseStudy.class, c.getId(), kept.getVersion())));
        admin.run(() -> editing.delete(CaseStudy.class, c.getId(), kept.getVersion()));
        assertFails(NotFoundException.class, () -> knowledge.caseStudy(c.getId()));
    }

    @Test
    void aSubmittedItemIsSentBackWithAReason() {
        CaseStudy c = member.call(() -> editing.create(own.getId(), caseDraft("Върнат " + tag, "Семейство без лекар.")));
        assertFails(ConflictException.class, () -> admin.run(() -> review.sendBack(CaseStudy.class, c.getId(), "Рано е")));
        member.run(() -> review.submit(CaseStudy.class, c.getId()));
        InvalidInputException noReason = assertFails(InvalidInputException.class,
                () -> admin.run(() -> review.sendBack(CaseStudy.class, c.getId(), " ")));
        assertEquals(Map.of("comment", FieldProblem.required()), noReason.fields());
        assertFails(Exception.class, () -> member.run(() -> review.sendBack(CaseStudy.class, c.getId(), "Сам си")));

        CaseStudy back = admin.call(() -> review.sendBack(CaseStudy.class, c.getId(), "Добавете поуките."));
        assertEquals(KnowledgeStatus.DRAFT, back.getStatus());
        CaseStudy read = member.call(() -> editing.get(CaseStudy.class, c.getId()));
        assertEquals("Добавете поуките.", read.getReviewComment());
        assertEquals(KnowledgeStatus.DRAFT, read.getStatus());
    }

    private static InitiativeDraft initiative(String title, InitiativeKind kind, LocalDate start, LocalDate end) {
        return new InitiativeDraft(kind, start, end, Region.HASKOVO, "Хасково", "https://example.bg/i", "Приемна",
                Map.of("bg", new InitiativeText(title, "Накратко", null, "Община Хасково")));
    }

    @Test
    void aMembersInitiativeIsRefusedAtItsDateUntilItIsRight() {
        LocalDate today = LocalDate.now(KnowledgeItem.ZONE);
        InvalidInputException reversed = assertFails(InvalidInputException.class, () -> member.run(() -> editing.create(own.getId(),
                initiative("Наопаки " + tag, InitiativeKind.COMPLETED, today.minusMonths(1), today.minusMonths(2)))));
        assertEquals(Map.of("end", FieldProblem.malformed()), reversed.fields());

        Initiative begun = member.call(() -> editing.create(own.getId(),
                initiative("Започнала " + tag, InitiativeKind.UPCOMING, today.minusDays(1), null)));
        InvalidInputException early = assertFails(InvalidInputException.class,
                () -> member.run(() -> review.submit(Initiative.class, begun.getId())));
        assertEquals(Map.of("start", FieldProblem.tooEarly(today)), early.fields());

        Initiative notEnded = member.call(() -> editing.update(begun.getId(), begun.getVersion(),
                initiative("Незавършен " + tag, InitiativeKind.COMPLETED, today.minusMonths(2), today.plusDays(3))));
        assertEquals(Map.of("end", FieldProblem.tooRecent(today)), assertFails(InvalidInputException.class,
                () -> member.run(() -> review.submit(Initiative.class, begun.getId()))).fields());

        Initiative upcoming = member.call(() -> editing.update(begun.getId(), notEnded.getVersion(),
                initiative("Предстояща " + tag, InitiativeKind.UPCOMING, today.plusDays(5), today.plusDays(6))));
        assertEquals(KnowledgeStatus.SUBMITTED, member.call(() -> review.submit(Initiative.class, upcoming.getId())).getStatus());
        admin.run(() -> review.publish(Initiative.class, upcoming.getId()));
        assertEquals("Предстояща " + tag, knowledge.initiative(upcoming.getId()).text("bg").getTitle());
        assertFails(NotFoundException.class, () -> member.call(() -> editing.get(Initiative.class,
                admin.call(() -> editing.create(other.getId(), initiative("Чужда " + tag, InitiativeKind.UPCOMING, today.plusDays(5), null))).getId())));
    }

    private static MeasureDraft measure(String title, MeasureStatus status, LocalDate proposed, LocalDate discussed,
                                        LocalDate decided, String plan, List<Long> cases, List<Long> practices) {
        return new MeasureDraft(Region.HASKOVO, status, proposed, discussed, decided, cases, practices,
                Map.of("bg", new MeasureText(title, "Преводачи в болницата", "Областна администрация Хасково", plan)));
    }

    @Test
    void aMeasureWhoseStepsDoNotTellOneStoryIsRefusedAtTheirFields() {
        LocalDate proposed = LocalDate.of(2015, 11, 20);
        Map<String, FieldProblem> refused = assertFails(InvalidInputException.class, () -> member.run(() -> editing.create(own.getId(),
                measure("Мярка " + tag, MeasureStatus.ADOPTED, proposed, proposed.minusDays(1), null, null, List.of(), List.of())))).fields();
        assertEquals(Map.of("discussedOn", FieldProblem.tooEarly(proposed), "decidedOn", FieldProblem.required(),
                "plan", FieldProblem.required()), refused);
        assertEquals(Map.of("decidedOn", FieldProblem.tooEarly(proposed.plusMonths(2))), assertFails(InvalidInputException.class,
                () -> member.run(() -> editing.create(own.getId(), measure("Мярка " + tag, MeasureStatus.REJECTED, proposed,
                        proposed.plusMonths(2), proposed.plusMonths(1), null, List.of(), List.of())))).fields());
        assertEquals(Map.of("decidedOn", FieldProblem.malformed(), "plan", FieldProblem.malformed()), assertFails(InvalidInputException.class,
                () -> member.run(() -> editing.create(own.getId(), measure("Мярка " + tag, MeasureStatus.DISCUSSED, proposed,
                        proposed, proposed.plusDays(1), "План", List.of(), List.of())))).fields());
    }

    @Test
    void aMeasureComesFromPublishedItemsAndIsReviewedAndAudited() {
        LocalDate today = LocalDate.now(KnowledgeItem.ZONE);
        CaseStudy published = seeds.caseStudy(other, "Публикуван " + tag, Region.HASKOVO, IntegrationArea.HEALTH, "Без лекар.", today.minusDays(5));
        CaseStudy draft = seeds.caseStudy(own, "Чернова " + tag, Region.HASKOVO, IntegrationArea.HEALTH, "Без лекар.", null);
        Practice practice = seeds.practice(own, "Практика " + tag, Region.HASKOVO, TargetAudience.REFUGEES, IntegrationArea.HEALTH,
                today.minusYears(3), today.minusYears(1));
        LocalDate proposed = today.minusMonths(6);

        assertEquals(Map.of("cases", FieldProblem.malformed()), assertFails(InvalidInputException.class, () -> member.run(() ->
                editing.create(own.getId(), measure("Мярка " + tag, MeasureStatus.PROPOSED, proposed, null, null, null,
                        List.of(published.getId(), draft.getId()), List.of())))).fields(), "an unpublished case is not offered");
        Measure m = member.call(() -> editing.create(own.getId(), measure("Мярка " + tag, MeasureStatus.PROPOSED, proposed,
                null, null, null, List.of(), List.of())));
        assertEquals(Map.of("sources", FieldProblem.required()), assertFails(InvalidInputException.class,
                () -> member.run(() -> review.submit(Measure.class, m.getId()))).fields());

        Measure adopted = member.call(() -> editing.update(m.getId(), m.getVersion(), measure("Мярка " + tag, MeasureStatus.ADOPTED,
                proposed, proposed.plusMonths(1), proposed.plusMonths(2), "Областна стратегия 2026", List.of(published.getId()),
                List.of(practice.getId()))));
        assertEquals(MeasureStatus.ADOPTED, adopted.getMeasureStatus());
        member.run(() -> review.submit(Measure.class, m.getId()));
        admin.run(() -> review.publish(Measure.class, m.getId()));
        Measure read = knowledge.measure(m.getId());
        assertEquals(List.of(published.getId()), read.getPublishedCases().stream().map(CaseStudy::getId).toList());
        assertEquals("Областна стратегия 2026", read.text("bg").getPlan());
        assertEquals(List.of(m.getId()), knowledge.measuresFrom(practice).stream().map(Measure::getId).toList());

        List<AuditAction> trail = admin.call(() -> audit.list(AuditQuery.of(AuditedType.MEASURE, m.getId()),
                new PageRequest(0, 10))).items().stream().map(AuditEntry::getAction).toList();
        assertEquals(List.of(AuditAction.PUBLISH, AuditAction.SUBMIT, AuditAction.UPDATE, AuditAction.CREATE), trail);
        assertFails(NotFoundException.class, () -> member.call(() -> editing.get(Measure.class,
                admin.call(() -> editing.create(other.getId(), measure("Чужда " + tag, MeasureStatus.PROPOSED, proposed,
                        null, null, null, List.of(), List.of()))).getId())));
    }

    @Test
    void anEditorPicksAmongTheMembersMatchingWhatWasTypedAMemberOnlyItsOwn() {
        List<Long> found = admin.call(() -> editing.writers("Друг " + tag, new PageRequest(0, 20))).items().stream()
                .map(Organisation::getId).toList();
        assertEquals(List.of(other.getId()), found);
        assertEquals(other.getId(), admin.call(() -> editing.writer(other.getId())).getId());
        assertEquals(List.of(own.getId()), member.call(() -> editing.writers(null, new PageRequest(0, 20))).items().stream()
                .map(Organisation::getId).toList(), "a member writes for its own organisation only");
        assertEquals(0, member.call(() -> editing.writers("Друг " + tag, new PageRequest(0, 20))).totalItems());
        assertFails(NotFoundException.class, () -> member.call(() -> editing.writer(other.getId())));
        assertEquals(1, admin.call(() -> editing.writers(null, new PageRequest(0, 1))).items().size(), "one page, not every member");
    }
}
