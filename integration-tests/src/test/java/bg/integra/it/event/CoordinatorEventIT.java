package bg.integra.it.event;

import bg.integra.account.Role;
import bg.integra.audit.AuditEntry;
import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.audit.AuditedType;
import bg.integra.common.AccessDeniedException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.content.ContentFileService;
import bg.integra.content.ContentService;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import bg.integra.event.Event;
import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import bg.integra.organisation.Organisation;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import bg.integra.testsupport.AttendanceSeeds;
import bg.integra.testsupport.ContentSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.AsCoordinator;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;

import static bg.integra.it.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A coordinator runs their project's events in the back-office: they create, change and publish the events of
 * their own organisation's projects, and nothing else: another organisation's event is not found, another
 * kind of content or a foreign project is refused, and nothing is stored by a refused call. The back-office pages
 * offer them events and their own projects only.
 */
@ExtendWith(ArquillianExtension.class)
class CoordinatorEventIT {

    @Inject
    ContentService contents;

    @Inject
    ContentFileService files;

    @Inject
    AuditTrail audit;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsAdministrator admin;

    @Inject
    TestData data;

    @Inject
    ContentSeeds content;

    @Inject
    AttendanceSeeds attendanceSeeds;

    private Project ownProject() {
        Organisation own = attendanceSeeds.organisationOf(AsCoordinator.USERNAME, Role.COORDINATOR);
        return data.project(own, "Проект " + TestData.unique("ce"), null);
    }

    private Project foreignProject() {
        return data.project(data.organisation("Сдружение " + TestData.unique("ce")), "Проект " + TestData.unique("ce"), null);
    }

    private static Event newEvent(String title, Project project) {
        Event e = new Event(EventKind.SEMINAR, new ContentText(title, null, "<p>Програма</p>"),
                LocalDateTime.now().plusDays(20).withNano(0), "Зала 1", Region.HASKOVO);
        e.setProject(project);
        return e;
    }

    @Test
    void aCoordinatorCreatesChangesAndPublishesTheirProjectsEvents() {
        Project mine = ownProject();
        String title = "Семинар " + TestData.unique("ce");
        Event created = coordinator.call(() -> contents.create(newEvent(title, mine)));
        assertEquals(AsCoordinator.USERNAME, admin.call(() -> audit.list(AuditQuery.of(AuditedType.EVENT, created.getId()),
                new PageRequest(0, 5)).items()).get(0).getUsername());

        Event edited = coordinator.call(() -> contents.get(Event.class, created.getId()));
        edited.setCapacity(30);
        Event saved = coordinator.call(() -> contents.update(edited));
        assertEquals(30, saved.getCapacity());
        Content published = coordinator.call(() -> contents.publish(saved.getId(), saved.getVersion()));
        assertTrue(published.isPublished());

        List<Content> listed = coordinator.call(() -> contents.list(null, null, null, new PageRequest(0, 100)).items());
        assertTrue(listed.stream().anyMatch(c -> c.getId().equals(created.getId())), "their event is listed");
        assertTrue(listed.stream().allMatch(c -> c.getType() == ContentType.EVENT
                && c.getProject() != null && c.getProject().getBeneficiary().getId().equals(mine.getBeneficiary().getId())),
                "and only their organisation's events");
    }

    @Test
    void anythingElseIsRefusedOrNotFoundAndNothingIsStored() {
        Project mine = ownProject();
        Project foreign = foreignProject();
        String tag = TestData.unique("ce");

        assertFails(AccessDeniedException.class, () -> coordinator.call(() -> contents.create(newEvent("Чужд " + tag, foreign))));
        assertFails(AccessDeniedException.class, () -> coordinator.call(() -> contents.create(newEvent("Без проект " + tag, null))));
        Article news = new Article(ArticleKind.NEWS, new ContentText("Новина " + tag, null, "<p>Текст</p>"));
        news.setProject(mine);
        assertFails(AccessDeniedException.class, () -> coordinator.call(() -> contents.create(news)));
        assertEquals(0, admin.call(() -> contents.list(null, null, tag, new PageRequest(0, 10)).totalItems()),
                "nothing was stored");

        Event theirs = content.event(tag, foreign, LocalDateTime.now().plusDays(10).withNano(0), Region.SOFIA_CITY, EventKind.FORUM);
        assertFails(NotFoundException.class, () -> coordinator.call(() -> contents.get(Event.class, theirs.getId())));
        assertFails(NotFoundException.class, () -> coordinator.call(() -> contents.unpublish(theirs.getId(), theirs.getVersion())));
        assertFails(NotFoundException.class, () -> coordinator.run(() -> contents.delete(theirs.getId(), theirs.getVersion())));
        long image = theirs.getGallery().get(0).getId();
        assertFails(NotFoundException.class, () -> coordinator.run(() -> files.removeImage(theirs.getId(), theirs.getVersion(), image)));
        Article foreignNews = content.article(tag, mine, true);
        // not even news of their own project
        assertFails(NotFoundException.class, () -> coordinator.run(() -> files.detach(foreignNews.getId(), foreignNews.getVersion())));

        // their own event may not be moved to a foreign project
        Event own = content.event(tag + "-own", mine, LocalDateTime.now().plusDays(10).withNano(0), Region.HASKOVO, EventKind.SEMINAR);
        Event moved = coordinator.call(() -> contents.get(Event.class, own.getId()));
        moved.setActivity(null);
        moved.setProject(foreign);
        assertFails(AccessDeniedException.class, () -> coordinator.call(() -> contents.update(moved)));

        Event stillTheirs = admin.call(() -> contents.get(Event.class, theirs.getId()));
        assertTrue(stillTheirs.isPublished());
        assertEquals(1, stillTheirs.getGallery().size());
        assertEquals(mine.getId(), admin.call(() -> contents.get(Event.class, own.getId())).getProject().getId());
    }

    @Test
    @RunAsClient
    void theBackOfficeOffersACoordinatorEventsOfTheirOwnProjectsOnly() {
        Http http = new Http();
        JsonObject seeded = http.seed();
        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("username"), seeded.getString("password"));

        HttpResponse<String> list = coordinator.get("/admin/content/list.xhtml");
        assertEquals(200, list.statusCode());
        String listed = BackOffice.text(list.body());
        assertTrue(listed.contains("type=EVENT"), "a new event may be started");
        assertFalse(listed.contains("type=NEWS"), "but no news");

        assertEquals(404, coordinator.get("/admin/content/edit.xhtml?type=NEWS").statusCode());
        assertEquals(404, coordinator.get("/admin/content/edit.xhtml?type=RESOURCE").statusCode());
        HttpResponse<String> form = coordinator.get("/admin/content/edit.xhtml?type=EVENT");
        assertEquals(200, form.statusCode());
        String choices = BackOffice.text(form.body());
        JsonObject own = http.getJson("/api/v1/projects/" + seeded.getJsonNumber("projectId").longValue());
        JsonObject other = http.getJson("/api/v1/projects/" + seeded.getJsonNumber("otherProjectId").longValue());
        assertTrue(choices.contains(own.getString("contractNumber")), "their project to choose");
        assertFalse(choices.contains(other.getString("contractNumber")), "not another organisation's");
    }
}
