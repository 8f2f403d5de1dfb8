package bg.integra.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API's error answers (RFC 9457 problem details), as the API tests of every resource check them. */
public final class Problems {

    private Problems() {
    }

    /** The answer is a problem of this status, with a type, a title and a detail. */
    public static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> "Content-Type " + r.headers().firstValue("Content-Type"));
        JsonObject problem = Http.json(r);
        assertEquals(status, problem.getInt("status"));
        assertEquals("about:blank", problem.getString("type"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
    }

    /** The answer is a 400 problem that names exactly this one query parameter as wrong. */
    public static void assertBadParameter(HttpResponse<String> r, String parameter) {
        assertProblem(r, 400);
        JsonObject problem = Http.json(r);
        JsonArray errors = problem.getJsonArray("errors");
        assertEquals(1, errors.size(), problem::toString);
        assertEquals(parameter, errors.getJsonObject(0).getString("name"));
        assertFalse(errors.getJsonObject(0).getString("message").isBlank());
        assertTrue(problem.getString("detail").contains("'" + parameter + "'"), problem::toString);
    }
}
