package bg.integra.testsupport;

import jakarta.json.JsonObject;

/**
 * One address of the test support, {@code /test-support/PATH}: a seed that makes the data a client-side test needs
 * and answers what it made, or a probe that answers what the server holds. A CDI bean that implements this is
 * served by {@link TestSupportServlet}, which reads its parameters ({@link Params}: 400 with a message for a
 * missing or malformed one) and writes its JSON answer (204 when it answers nothing).
 */
public interface Seed {

    /** The address below {@code /test-support/}, e.g. {@code "indicators"}. */
    String path();

    /** POST: makes or changes something and answers JSON, or null for 204 No Content. */
    default JsonObject post(Params params) {
        throw new Params.Failure(405, "POST /test-support/" + path() + " is not supported");
    }

    /** GET: answers what the server holds, as JSON. */
    default JsonObject get(Params params) {
        throw new Params.Failure(405, "GET /test-support/" + path() + " is not supported");
    }
}
