package bg.integra.it.project;

import bg.integra.common.PageRequest;
import bg.integra.organisation.Organisation;
import bg.integra.project.Project;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.testsupport.TestData;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ProjectService inside the server: searching, and the role required to change anything. */
@ExtendWith(ArquillianExtension.class)
class ProjectServiceIT {

    @Inject
    ProjectService projects;

    @Inject
    TestData data;

    @Test
    void searchMatchesBulgarianTextIgnoringCase() {
        String tag = TestData.unique("x");
        Organisation o = data.organisation("Сдружение " + tag);
        Project p = data.project(o, "Интеграция на имигранти " + tag, null);
        var page = projects.search(new ProjectQuery(null, null, "ИНТЕГРАЦИЯ НА ИМИГРАНТИ " + tag.toUpperCase(), null),
                new PageRequest(0, 10));
        assertEquals(1, page.totalItems());
        assertEquals(p.getId(), page.items().get(0).getId());
    }

    @Test
    void anAnonymousCallerCannotDeleteAProject() {
        Organisation o = data.organisation("Сдружение " + TestData.unique("y"));
        Project p = data.project(o, "Проект", null);
        assertThrows(EJBAccessException.class, () -> projects.delete(p.getId(), p.getVersion()));
    }
}
