package bg.integra.it.portal;

import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many SQL statements a page or an API list costs when it is rendered (not served from a cache), counted on
 * the server ({@code testsupport.SqlCountFilter}): every portal page type of the catalogue and the API's lists stay
 * under a small fixed number, and the number does not grow when the lists have more rows, which is what an N+1
 * (a query per listed row) would do. Counted with EclipseLink's shared cache warm (the second of two renders), as a
 * busy server runs.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalQueryCountIT {

    /** The most statements one page or API answer may make; the pages make 1–7 today (2026-12-03). */
    static final int MAX_STATEMENTS = 10;

    private static final List<String> API_LISTS = List.of("/api/v1/projects", "/api/v1/organisations", "/api/v1/events",
            "/api/v1/events?when=past", "/api/v1/target-groups");

    private final Http http = new Http();

    @Test
    void everyPageAndApiListMakesAFewStatementsHoweverManyRowsItLists() {
        JsonObject seed = http.seedContent();
        http.seed();
        List<PortalPages.Page> pages = PortalPages.selected().stream().map(t -> PortalPages.page(t, seed, "bg")).toList();
        Map<String, Integer> before = new LinkedHashMap<>();
        pages.forEach(p -> before.put(p.path(), warm(p.path(), p.status())));
        API_LISTS.forEach(path -> before.put(path, warm(path, 200)));
        http.seedContent(); // more rows of every kind in every list
        http.seedContent();
        http.seed();
        List<Executable> checks = new ArrayList<>();
        before.forEach((path, statements) -> {
            int status = pages.stream().filter(p -> p.path().equals(path)).mapToInt(PortalPages.Page::status).findFirst().orElse(200);
            int after = warm(path, status);
            System.out.printf("SQL statements: %s: %d, with more rows %d%n", path, statements, after);
            checks.add(() -> assertTrue(after <= MAX_STATEMENTS, path + " made " + after + " SQL statements (at most " + MAX_STATEMENTS + ")"));
            checks.add(() -> assertTrue(after <= statements, path + " made " + statements + " statements, then " + after
                    + " with more rows: a query per row (N+1)"));
        });
        assertAll(checks);
    }

    /** The check of the check: with EclipseLink's shared cache emptied, a page reads what it shows from the database. */
    @Test
    void theCounterSeesEveryReadOfTheDatabase() {
        JsonObject seed = http.seedContent();
        String article = PortalPages.page("article", seed, "bg").path();
        int warm = warm(article, 200);
        assertEquals(204, http.postForm("/test-support/evict-cache", Map.of()).statusCode());
        int cold = statements(article, 200);
        assertTrue(cold > warm, () -> "a cold render made " + cold + " statements, a warm one " + warm);
    }

    /** The statements of the second of two renders of the address. */
    private int warm(String path, int status) {
        statements(path, status);
        return statements(path, status);
    }

    private int statements(String path, int status) {
        String token = UUID.randomUUID().toString();
        HttpResponse<String> page = http.get(path + (path.contains("?") ? "&" : "?") + "sql-count=" + token);
        assertEquals(status, page.statusCode(), () -> path + " answered " + page.statusCode());
        HttpResponse<String> count = http.get("/test-support/sql-count?token=" + token);
        assertEquals(200, count.statusCode(), () -> "no count for " + path + ": " + count.body());
        int statements = Integer.parseInt(count.body().strip());
        assertTrue(statements > 0 || path.startsWith("/forum"), () -> path + " counted no statement: is the counter listening?");
        return statements;
    }
}
