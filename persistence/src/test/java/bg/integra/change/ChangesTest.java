package bg.integra.change;

import bg.integra.common.Region;
import bg.integra.content.ContentText;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import bg.integra.project.ContractNumber;
import bg.integra.project.Fund;
import bg.integra.project.Project;
import bg.integra.project.ProjectText;
import jakarta.transaction.Status;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangesTest {

    @Test
    void aRecordNobodyDeclaredDropsEverything() {
        Change change = Changes.of(new Object());
        assertTrue(change.touchesEverything());
        assertTrue(new DataChanged(List.of(Changes.of(new Object()), Change.of("audit-entry", 1L))).touchesEverything());
    }

    @Test
    void anArticleTouchesTheNewsListsItselfAndTheProjectsItBelongsToAndLeft() throws Exception {
        Project first = project(12L);
        Project second = project(13L);
        Article article = new Article(ArticleKind.NEWS, new ContentText("Заглавие", null, null));
        set(article, "id", 40L);
        article.setProject(first);
        assertEquals(Set.of("news", "content:40", "project:12"), Changes.of(article).tags());
        article.setProject(second);
        assertEquals(Set.of("news", "content:40", "project:12", "project:13"), Changes.of(article).tags(),
                "the page of the project it left shows it no more");
    }

    @Test
    void aProjectTouchesItsOwnPageAndWhereverProjectsAreNamed() throws Exception {
        assertEquals(Set.of("project:12", Tags.PROJECTS), Changes.of(project(12L)).tags());
    }

    @Test
    void theChangesOfATransactionAreHandedOnOnlyWhenItCommits() {
        List<DataChanged> published = new ArrayList<>();
        ChangeListener.Pending rolledBack = new ChangeListener.Pending(published::add);
        rolledBack.add(Change.of("content", 1L, "news"));
        rolledBack.afterCompletion(Status.STATUS_ROLLEDBACK);
        assertTrue(published.isEmpty(), "a rolled-back change drops nothing");

        ChangeListener.Pending committed = new ChangeListener.Pending(published::add);
        committed.add(Change.of("content", 1L, "news", "content:1"));
        committed.add(Change.of("content", 1L, "news", "content:1"));
        committed.add(Change.of("audit-entry", 7L));
        committed.afterCompletion(Status.STATUS_COMMITTED);
        assertEquals(1, published.size(), "one event per transaction");
        assertEquals(2, published.get(0).changes().size(), "the same change once");
        assertEquals(Set.of("news", "content:1"), published.get(0).tags());
        assertFalse(published.get(0).touchesEverything());
    }

    private static Project project(Long id) throws Exception {
        Organisation beneficiary = new Organisation("Синдикат „Образование“", OrganisationKind.TRADE_UNION, Region.SOFIA_CITY);
        Project p = new Project(ContractNumber.of("BG EIF 2013/01-05.02"), new ProjectText("Проект", null), Fund.EIF,
                beneficiary, Region.SOFIA_CITY);
        set(p, "id", id);
        return p;
    }

    private static void set(Object entity, String name, Object value) throws Exception {
        for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(entity, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
