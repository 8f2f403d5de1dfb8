package bg.integra.it.report;

import bg.integra.it.Browser;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Browser.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project's dashboard in a real browser: each of its three charts is drawn (Chart.js holds a chart on the canvas
 * and the canvas has painted pixels), and each draws exactly the numbers of the table beside it, row by row.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

    /** What Chart.js holds for the canvas in the element, and how many of its pixels are painted. */
    private static final String CHART = """
            id => {
              const canvas = document.querySelector("[id='" + id + "'] canvas");
              const chart = canvas && window.Chart && Chart.getChart(canvas);
              if (!chart) return null;
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
              return JSON.stringify({labels: chart.data.labels, data: chart.data.datasets.map(d => d.data), painted});
            }""";

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();
    private Page page;

    @AfterEach
    void closePage() {
        Browser.close(page);
    }

    @Test
    void everyChartIsDrawnWithTheNumbersOfItsTable() {
        JsonObject seed = Http.json(http.postForm("/test-support/report-seed", Map.of()));
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signInAsAdmin(page);
        page.navigate("/admin/projects/dashboard.xhtml?id=" + seed.getJsonNumber("projectId").longValue());

        // target and achieved per indicator; events and people present per month: two datasets, two columns
        for (String[] pair : new String[][]{{"indicatorChart", "indicatorTable"}, {"monthChart", "monthTable"}}) {
            JsonObject chart = chart(pair[0]);
            List<List<String>> rows = rows(pair[1]);
            assertEquals(rows.stream().map(r -> r.get(0)).toList(), strings(chart.getJsonArray("labels")), pair[0] + " labels");
            int first = pair[0].equals("indicatorChart") ? 2 : 1; // the indicator table has the unit between
            for (int set = 0; set < 2; set++) {
                int column = first + set;
                assertEquals(rows.stream().map(r -> r.get(column)).toList(),
                        strings(chart.getJsonArray("data").getJsonArray(set)), pair[0] + " dataset " + set);
            }
        }
        JsonObject groups = chart("groupChart");
        List<List<String>> groupRows = rows("groupTable");
        assertEquals(groupRows.stream().map(r -> r.get(0)).toList(), strings(groups.getJsonArray("labels")));
        assertEquals(groupRows.stream().map(r -> r.get(1)).toList(), strings(groups.getJsonArray("data").getJsonArray(0)));
        assertTrue(groupRows.stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum() > 0, "someone was present");
        Browser.screenshot(page, "backoffice-dashboard-1280");
    }

    /** The chart's labels and data once it is drawn, failing if it never is or paints nothing. */
    private JsonObject chart(String id) {
        page.waitForFunction("id => { const c = document.querySelector(\"[id='\" + id + \"'] canvas\");"
                + " return c && window.Chart && Chart.getChart(c); }", id);
        JsonObject chart = Json.createReader(new StringReader((String) page.evaluate(CHART, id))).readObject();
        assertTrue(chart.getInt("painted") > 1000, id + " painted " + chart.getInt("painted") + " pixels");
        return chart;
    }

    /** The table's body rows as the texts of their cells (the row header first). */
    private List<List<String>> rows(String tableId) {
        List<List<String>> rows = new ArrayList<>();
        Locator trs = page.locator(byId(tableId) + " tbody tr");
        for (int i = 0; i < trs.count(); i++) {
            rows.add(trs.nth(i).locator("th, td").allTextContents().stream().map(String::strip).toList());
        }
        assertTrue(!rows.isEmpty(), tableId + " has rows");
        return rows;
    }

    private static List<String> strings(JsonArray values) {
        return values.stream().map(v -> v instanceof jakarta.json.JsonString s ? s.getString() : v.toString()).toList();
    }
}
