package bg.integra.it.knowledge;

import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditEntry;
import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.audit.AuditedType;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.InitiativeKind;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.KnowledgeQuery;
import bg.integra.knowledge.KnowledgeReview;
import bg.integra.knowledge.KnowledgeService;
import bg.integra.knowledge.KnowledgeStatus;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.TargetAudience;
import bg.integra.organisation.Organisation;
import bg.integra.testsupport.KnowledgeSeeds;
import bg.integra.testsupport.NetworkSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KnowledgeReview inside the server: what it refuses to submit or publish, naming the field (a practice younger
 * than a year, a case with a personal number, a telephone number or an e-mail address, a measure from nothing, an
 * upcoming initiative that has started, a completed project that has not ended),
 * what it publishes, and that the public reads only what is published.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeReviewIT {

    @Inject
    KnowledgeReview review;

    @Inject
    KnowledgeService knowledge;

    @Inject
    KnowledgeSeeds seeds;

    @Inject
    NetworkSeeds network;

    @Inject
    AsAdministrator admin;

    @Inject
    AuditTrail audit;

    private Organisation member;
    private String tag;

    @BeforeEach
    void member() {
        tag = TestData.unique("kbr").toLowerCase();
        member = network.organisation("Член " + tag, "kbr-" + tag, Region.HASKOVO);
    }

    private Map<String, FieldProblem> refusal(Class<? extends bg.integra.knowledge.KnowledgeItem<?>> type, long id) {
        return assertFails(InvalidInputException.class, () -> admin.call(() -> review.publish(type, id))).fields();
    }

    @Test
    void aPracticeYoungerThanAYearIsNotPublished() {
        LocalDate today = LocalDate.now(bg.integra.knowledge.KnowledgeItem.ZONE);
        Practice young = seeds.practice(member, "Млада " + tag, Region.HASKOVO, TargetAudience.WOMEN,
                IntegrationArea.EMPLOYMENT, today.minusMonths(11), null);
        assertEquals(Map.of("start", FieldProblem.tooRecent(today.minusYears(1))), refusal(Practice.class, young.getId()));
        assertFails(NotFoundException.class, () -> knowledge.practice(young.getId()));

        Practice old = seeds.practice(member, "Година " + tag, Region.HASKOVO, TargetAudience.WOMEN,
                IntegrationArea.EMPLOYMENT, today.minusYears(1), null);
        admin.call(() -> review.submit(Practice.class, old.getId()));
        Practice published = admin.call(() -> review.publish(Practice.class, old.getId()));
        assertEquals(KnowledgeStatus.PUBLISHED, published.getStatus());
        assertEquals(today, published.getPublishedOn());
        assertEquals(List.of(old.getId()), knowledge.practices(new KnowledgeQuery(tag, null, null, null, null),
                new PageRequest(0, 10)).items().stream().map(Practice::getId).toList());
    }

    @Test
    void aCaseWithPersonalDataIsRefusedNamingTheFieldAndWhatWasFound() {
        CaseStudy egn = seeds.caseStudy(member, "ЕГН " + tag, Region.HASKOVO, IntegrationArea.HEALTH,
                "Лицето, ЕГН 7501020018, потърси помощ.", null);
        assertEquals(Map.of("situation", FieldProblem.personalData("egn")),
                assertFails(InvalidInputException.class, () -> admin.call(() -> review.submit(CaseStudy.class, egn.getId()))).fields());
        CaseStudy phone = seeds.caseStudy(member, "Телефон " + tag, Region.HASKOVO, IntegrationArea.HEALTH,
                "Обади се от +359 88 123 4567.", null);
        assertEquals(Map.of("situation", FieldProblem.personalData("phone")), refusal(CaseStudy.class, phone.getId()));
        CaseStudy email = seeds.caseStudy(member, "Писмо от ivan.petrov@example.com " + tag, Region.HASKOVO,
                IntegrationArea.HEALTH, "През 2015 г. семейството получи 1 250 лв.", null);
        // the seed repeats the title in the question and in the English title: every field is named, in its language
        assertEquals(Map.of("title", FieldProblem.personalData("email"), "question", FieldProblem.personalData("email"),
                "title.en", FieldProblem.personalData("email")), refusal(CaseStudy.class, email.getId()));
        assertFails(NotFoundException.class, () -> knowledge.caseStudy(email.getId()));

        CaseStudy clean = seeds.caseStudy(member, "Чист " + tag, Region.HASKOVO, IntegrationArea.HEALTH,
                "През 2015 г. по преписка № 9400123451 семейството получи 1 250 лв.", null);
        admin.call(() -> review.publish(CaseStudy.class, clean.getId()));
        assertEquals(clean.getId(), knowledge.caseStudy(clean.getId()).getId());
    }

    @Test
    void aMeasureNeedsItsSourcesAndLinksToThem() {
        Measure alone = seeds.measure(member, "Сама " + tag, Region.HASKOVO, List.of(), List.of(), false, null);
        assertEquals(Map.of("sources", FieldProblem.required()), refusal(Measure.class, alone.getId()));

        CaseStudy from = seeds.caseStudy(member, "Основа " + tag, Region.HASKOVO, IntegrationArea.HEALTH, "Ситуация",
                LocalDate.now().minusDays(1));
        Measure measure = seeds.measure(member, "Мярка " + tag, Region.HASKOVO, List.of(from), List.of(), true, null);
        admin.call(() -> review.publish(Measure.class, measure.getId()));
        Measure read = knowledge.measure(measure.getId());
        assertEquals(List.of(from.getId()), read.getPublishedCases().stream().map(CaseStudy::getId).toList());
        assertEquals(List.of(measure.getId()), knowledge.measuresFrom(knowledge.caseStudy(from.getId()))
                .stream().map(Measure::getId).toList());
    }

    @Test
    void anUpcomingInitiativeIsAnnouncedBeforeItStartsAndACompletedProjectAfterItEnds() {
        LocalDate today = LocalDate.now(bg.integra.knowledge.KnowledgeItem.ZONE);
        Initiative started = seeds.initiative(member, "Започнала " + tag, InitiativeKind.UPCOMING, today.minusDays(1),
                today.plusDays(3), Region.HASKOVO, null);
        assertEquals(Map.of("start", FieldProblem.tooEarly(today)), refusal(Initiative.class, started.getId()));
        Initiative unfinished = seeds.initiative(member, "Недовършен " + tag, InitiativeKind.COMPLETED, today.minusMonths(2),
                today.plusDays(1), Region.HASKOVO, null);
        assertEquals(Map.of("end", FieldProblem.tooRecent(today)), assertFails(InvalidInputException.class,
                () -> admin.call(() -> review.submit(Initiative.class, unfinished.getId()))).fields());
        assertEquals(Map.of("end", FieldProblem.tooRecent(today)), refusal(Initiative.class, unfinished.getId()));
        assertFails(NotFoundException.class, () -> knowledge.initiative(started.getId()));
        assertFails(NotFoundException.class, () -> knowledge.initiative(unfinished.getId()));

        Initiative upcoming = seeds.initiative(member, "Днес " + tag, InitiativeKind.UPCOMING, today, null, Region.HASKOVO, null);
        Initiative completed = seeds.initiative(member, "Приключил " + tag, InitiativeKind.COMPLETED, today.minusMonths(2),
                today, Region.HASKOVO, null);
        for (Initiative i : List.of(upcoming, completed)) {
            admin.call(() -> review.submit(Initiative.class, i.getId()));
            assertEquals(KnowledgeStatus.PUBLISHED, admin.call(() -> review.publish(Initiative.class, i.getId())).getStatus());
            List<AuditAction> trail = admin.call(() -> audit.list(AuditQuery.of(AuditedType.INITIATIVE, i.getId()),
                    new PageRequest(0, 10))).items().stream().map(AuditEntry::getAction).toList();
            assertTrue(trail.containsAll(List.of(AuditAction.SUBMIT, AuditAction.PUBLISH)), trail::toString);
        }
        assertEquals(List.of(upcoming.getId()), knowledge.initiatives(new KnowledgeQuery(tag, null, null, null, null,
                InitiativeKind.UPCOMING), new PageRequest(0, 10)).items().stream().map(Initiative::getId).toList());
        assertEquals(List.of(upcoming.getId(), completed.getId()), knowledge.initiatives(new KnowledgeQuery(tag, null, null,
                null, null, null), new PageRequest(0, 10)).items().stream().map(Initiative::getId).toList());
        assertEquals(completed.getId(), knowledge.initiative(completed.getId()).getId());
    }

    @Test
    void theReviewNeedsARole() {
        Practice p = seeds.practice(member, "Роля " + tag, Region.HASKOVO, TargetAudience.WOMEN,
                IntegrationArea.EMPLOYMENT, LocalDate.now().minusYears(2), null);
        assertRefused(() -> review.publish(Practice.class, p.getId()));
        assertRefused(() -> review.submit(Practice.class, p.getId()));
    }
}
