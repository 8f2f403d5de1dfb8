package bg.integra.it.registration;

import bg.integra.it.Http;
import bg.integra.it.Mailbox;
import bg.integra.it.Seeding;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static bg.integra.it.Registrations.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Many people register for the same event at the same moment: the places are never oversold and nobody is
 * registered twice, on H2 and on PostgreSQL (the registrations of an event are serialised by a lock on its row).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RegistrationConcurrencyIT {

    private final Http http = new Http();

    @RegisterExtension
    final Mailbox mailbox = new Mailbox();

    @Test
    void fiftyAtOnceForTwentyPlacesGiveTwentyConfirmedAndThirtyWaitlisted() throws Exception {
        long event = event(http, 20).getJsonNumber("id").longValue();
        String tag = Seeding.tag();
        List<HttpResponse<String>> answers = all(50, i -> person("p" + i + "-" + tag + "@example.bg", i % 2 == 0 ? "bg" : "en")
                .build().toString(), event);

        Map<String, Integer> byStatus = new TreeMap<>();
        for (HttpResponse<String> r : answers) {
            assertEquals(201, r.statusCode(), r.body());
            byStatus.merge(Http.json(r).getString("status"), 1, Integer::sum);
        }
        assertEquals(Map.of("CONFIRMED", 20, "WAITLISTED", 30), byStatus);

        JsonObject stored = stored(http, event);
        assertEquals(20, count(stored, "CONFIRMED"));
        assertEquals(30, count(stored, "WAITLISTED"));
        assertEquals(50, total(stored));
        // in order of arrival, the first twenty hold the places: no later registration overtook an earlier one
        List<String> statuses = stored.getJsonArray("registrations").stream()
                .map(r -> r.asJsonObject().getString("status")).toList();
        assertEquals(List.of("CONFIRMED"), statuses.subList(0, 20).stream().distinct().toList());
        assertEquals(List.of("WAITLISTED"), statuses.subList(20, 50).stream().distinct().toList());

        // everyone hears where they stand, exactly once: each mail in the outbox sent (so no attempt is left to
        // make), one mail each in the outbox and in the mailbox, though the immediate attempts and the retry timer race
        for (int i = 0; i < 50; i++) {
            String to = "p" + i + "-" + tag + "@example.bg";
            List<JsonObject> outbox = outboxUntil(http, to, m -> !m.isEmpty() && m.stream().allMatch(x -> x.getString("status").equals("SENT")), "was sent");
            assertEquals(1, outbox.size(), outbox.toString());
            assertEquals(1, mailbox.await(to, 1).size(), to);
        }
    }

    @Test
    void tenAtOnceWithOneEmailGiveOneRegistration() throws Exception {
        long event = event(http, 20).getJsonNumber("id").longValue();
        String mail = "same-" + Seeding.tag() + "@example.bg";
        List<HttpResponse<String>> answers = all(10, i -> person(i % 2 == 0 ? mail : mail.toUpperCase(), "bg").build().toString(), event);
        assertEquals(1, answers.stream().filter(r -> r.statusCode() == 201).count());
        assertEquals(9, answers.stream().filter(r -> r.statusCode() == 409).count(),
                answers.stream().map(HttpResponse::body).toList().toString());
        assertEquals(1, total(stored(http, event)));
    }

    /** Sends n registrations from n threads released together. */
    private List<HttpResponse<String>> all(int n, IntFunction<String> body, long event) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String json = body.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return register(http, event, json);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) answers.add(f.get());
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
