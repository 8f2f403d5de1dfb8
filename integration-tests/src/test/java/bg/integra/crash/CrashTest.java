package bg.integra.crash;

import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crash test of issue 16 ({@code scripts/crash-test.sh h2|postgres} runs it): starts the server with the
 * README's command, lets several clients write (public registrations through the API, attendance marks and
 * project saves in the back-office) and kills the server's JVM with {@code kill -9} at a random moment, several
 * times, restarting it each time. Then, with the server stopped cleanly, it reads the database and checks that
 * every request that was answered with success is stored exactly once, with its audit entry, that nothing was
 * half-written, that every acknowledged registration has its one mail in the outbox, and that every e-mail that
 * went out belongs to a stored registration. It prints
 * {@code acknowledged N, lost M} and exits with 1 when anything is lost or inconsistent.
 * <p>
 * The database is the one the environment names, as for the server: {@code INTEGRA_DB_URL} (PostgreSQL) or
 * {@code INTEGRA_DATA_DIR} (the embedded H2 file). Port 8080 must be free.
 */
public final class CrashTest {

    private static final String BASE = "http://127.0.0.1:8080";
    private static final Pattern CANCEL_LINK = Pattern.compile("/registrations/cancel/([A-Za-z0-9_-]+)");

    private final Path root;
    private final int kills;
    private final Random random;
    private final Map<String, String> environment = new HashMap<>(System.getenv());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    /** What the server answered with success, and what it was asked but never answered. */
    private final ConcurrentLinkedQueue<String> registered = new ConcurrentLinkedQueue<>();     // e-mails
    private final Map<String, Boolean> marked = Collections.synchronizedMap(new LinkedHashMap<>()); // name → present
    private final Map<String, Boolean> markSentUnanswered = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> savedTitles = Collections.synchronizedList(new ArrayList<>());
    private final List<String> unansweredTitles = Collections.synchronizedList(new ArrayList<>());
    private int otherAnswers;

    private Process server;
    private List<String> launcherCommand;
    private Path launcherFolder;
    private Map<String, String> launcherEnvironment;
    private long upcomingEvent;
    private long attendanceEvent;

    private CrashTest(Path root, int kills, long seed) {
        this.root = root;
        this.kills = kills;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = args.length > 2 && args[2] != null && !args[2].isBlank() ? Long.parseLong(args[2].strip()) : new SecureRandom().nextLong();
        System.out.println("crash test: " + kills + " kills, seed " + seed + " (pass it as the third argument to repeat the moments)");
        List<String> failures = new CrashTest(root, kills, seed).run();
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private List<String> run() throws Exception {
        int smtpPort;
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String password = "crash-" + Long.toHexString(new SecureRandom().nextLong());
        environment.put("INTEGRA_ADMIN_PASSWORD", password);
        environment.put("INTEGRA_SMTP_HOST", "127.0.0.1");
        environment.put("INTEGRA_SMTP_PORT", Integer.toString(smtpPort));
        environment.put("INTEGRA_REGISTRATION_LIMIT", "1000000");
        try {
            for (int round = 1; round <= kills + 1; round++) {
                start(round == 1);
                if (round == 1) discover();
                if (round > kills) break;
                load(round, password);
            }
            stopCleanly();
            check(mail);
        } finally {
            if (server != null && server.isAlive()) stopCleanly();
            mail.stop();
        }
        return failures;
    }

    // --- the server -------------------------------------------------------------------------------------------

    /**
     * The first start is the README's command (limited to the modules of the EAR, so that this test's own classes
     * are not rebuilt under it, and without the unit tests, which are the test command's part). A restart runs again
     * what that command ran once it had built the EAR, the server's launcher with the same arguments, folder and
     * environment (read from /proc), as a restarted installation would, without building the same EAR five more times.
     */
    private void start(boolean first) throws IOException, InterruptedException {
        Path log = root.resolve("integration-tests/target/crash-server.log");
        ProcessBuilder pb;
        if (first) {
            pb = new ProcessBuilder("mvn", "-B", "-q", "-Prun", "package", "-pl", "ear", "-am", "-DskipTests").directory(root.toFile());
            pb.environment().clear();
            pb.environment().putAll(environment);
        } else {
            pb = new ProcessBuilder(launcherCommand).directory(launcherFolder.toFile());
            pb.environment().clear();
            pb.environment().putAll(launcherEnvironment);
        }
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long started = System.nanoTime();
        server = pb.start();
        Http http = new Http(BASE);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IllegalStateException("The server stopped while starting; see " + log);
            try {
                if (http.get("/api/v1/projects").statusCode() == 200) {
                    System.out.printf("server up in %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
                    if (first) rememberLauncher();
                    return;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while Payara starts
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not answer within 10 minutes; see " + log);
    }

    /** The process that started the server's JVM (Payara's start-domain), as /proc shows it. */
    private void rememberLauncher() throws IOException {
        long pid = serverJvm().parent().orElseThrow(() -> new IllegalStateException("The server's JVM has no parent")).pid();
        Path proc = Path.of("/proc", Long.toString(pid));
        launcherCommand = List.of(new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0"));
        launcherFolder = proc.resolve("cwd").toRealPath();
        launcherEnvironment = new HashMap<>();
        for (String variable : new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8).split("\0")) {
            int eq = variable.indexOf('=');
            if (eq > 0) launcherEnvironment.put(variable.substring(0, eq), variable.substring(eq + 1));
        }
        if (!launcherCommand.contains("start-domain")) throw new IllegalStateException("Not Payara's launcher: " + launcherCommand);
    }

    private ProcessHandle serverJvm() throws IOException {
        Path pidFile = root.resolve("ear/target/payara6/glassfish/domains/domain1/config/pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No process " + pid));
    }

    private void kill() throws IOException, InterruptedException {
        ProcessHandle jvm = serverJvm();
        jvm.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        jvm.onExit().join();
        server.waitFor();
    }

    private void stopCleanly() throws IOException, InterruptedException {
        Process stop = new ProcessBuilder(root.resolve("ear/target/payara6/bin/asadmin").toString(), "stop-domain", "domain1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        stop.waitFor();
        server.waitFor();
    }

    // --- the load ---------------------------------------------------------------------------------------------

    /** An upcoming event to register for, a past one with people to mark, from the demo data. */
    private void discover() {
        Http http = new Http(BASE);
        JsonObject upcoming = http.getJson("/api/v1/events");
        if (upcoming.getJsonArray("items").isEmpty()) throw new IllegalStateException("No upcoming event in the demo data");
        upcomingEvent = upcoming.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        BackOffice office = new BackOffice(new Http(BASE)).signInOrFail(BackOffice.ADMIN, environment.get("INTEGRA_ADMIN_PASSWORD"));
        int most = 0;
        for (JsonValue e : http.getJson("/api/v1/events?when=past&size=100").getJsonArray("items")) {
            long id = e.asJsonObject().getJsonNumber("id").longValue();
            int people = Attendance.parse(office.get("/admin/events/attendance.xhtml?event=" + id).body()).size();
            if (people > most) {
                most = people;
                attendanceEvent = id;
            }
        }
        if (most == 0) throw new IllegalStateException("No past event with registrations in the demo data");
        System.out.printf("registering for event %d, marking attendance at event %d (%d people)%n", upcomingEvent, attendanceEvent, most);
    }

    private void load(int round, String password) throws Exception {
        AtomicBoolean down = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            clients.add(started(() -> registrations(round, client, down)));
        }
        clients.add(started(() -> attendance(password, down)));
        clients.add(started(() -> saves(round, password, down)));
        // kill at a random moment once every kind of client is under way (a cold server is slow to sign in)
        int registeredBefore = registered.size(), markedBefore = marked.size(), savedBefore = savedTitles.size();
        long started = System.nanoTime();
        while (System.nanoTime() - started < Duration.ofSeconds(30).toNanos()
                && (registered.size() == registeredBefore || marked.size() == markedBefore || savedTitles.size() == savedBefore)) {
            Thread.sleep(50);
        }
        Thread.sleep(random.nextInt(3000));
        long delay = Duration.ofNanos(System.nanoTime() - started).toMillis();
        down.set(true); // no new requests; those in flight meet the kill
        kill();
        for (Thread t : clients) t.join(60_000);
        System.out.printf("round %d: killed after %d ms; so far %d registrations, %d marks, %d saves answered with success%n",
                round, delay, registered.size(), marked.size(), savedTitles.size());
    }

    private static Thread started(Runnable client) {
        Thread t = new Thread(client);
        t.start();
        return t;
    }

    private void registrations(int round, int client, AtomicBoolean down) {
        Http http = new Http(BASE);
        for (int n = 0; !down.get(); n++) {
            String email = "crash-" + round + "-" + client + "-" + n + "@example.org";
            String body = Json.createObjectBuilder()
                    .add("name", "Crash Test " + round + "-" + client + "-" + n).add("targetGroup", "NGO")
                    .add("email", email).add("language", "bg").add("consent", true).build().toString();
            HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/events/" + upcomingEvent + "/registrations"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> r = http.send(request);
                if (r.statusCode() == 201) registered.add(email);
                else other("registration " + email + ": " + r.statusCode() + " " + r.body());
            } catch (IllegalStateException connectionLost) {
                return;
            }
        }
    }

    private void attendance(String password, AtomicBoolean down) {
        try {
            BackOffice office = new BackOffice(new Http(BASE)).signInOrFail(BackOffice.ADMIN, password);
            String path = "/admin/events/attendance.xhtml?event=" + attendanceEvent;
            while (!down.get()) {
                String page = office.get(path).body();
                if (Attendance.parse(page).isEmpty()) { // an error page under load: not an answer to a mark
                    other("attendance page: " + title(page));
                    Thread.sleep(200);
                    continue;
                }
                Attendance.Person person = Attendance.parse(page).stream()
                        .filter(p -> Attendance.uniqueName(page, p.name()))
                        .filter(p -> !marked.containsKey(p.name()) && !markSentUnanswered.containsKey(p.name()))
                        .findFirst().orElse(null);
                if (person == null) return; // everyone was marked once
                boolean present = !person.present();
                markSentUnanswered.put(person.name(), present);
                HttpResponse<String> r = Attendance.toggle(office.http(), page, path, person);
                markSentUnanswered.remove(person.name());
                if (r.statusCode() == 200 && Attendance.shownAs(r.body(), person.name(), present)) marked.put(person.name(), present);
                else other("attendance " + person.name() + ": " + r.statusCode() + " " + r.body());
            }
        } catch (IllegalStateException | AssertionError e) {
            if (!down.get()) other(e.toString()); // else the server went down under this client
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void saves(int round, String password, AtomicBoolean down) {
        try {
            BackOffice office = new BackOffice(new Http(BASE)).signInOrFail(BackOffice.ADMIN, password);
            String path = "/admin/projects/edit.xhtml?id=1";
            for (int n = 0; !down.get(); n++) {
                String page = office.get(path).body();
                if (!page.contains("id=\"form\"")) {
                    other("project page: " + title(page));
                    continue;
                }
                BackOffice.Form form = BackOffice.Form.parse(page, "form");
                String title = "Проект след срив " + round + "-" + n;
                unansweredTitles.add(title);
                HttpResponse<String> r = form.set("form:title_bg", title).submit(office.http(), form.button(":save"));
                unansweredTitles.remove(title);
                if (BackOffice.isRedirect(r) && BackOffice.location(r).equals(path)) savedTitles.add(title);
                else other("save " + title + ": " + r.statusCode());
            }
        } catch (IllegalStateException | AssertionError e) {
            if (!down.get()) other(e.toString()); // else the server went down under this client
        }
    }

    private static String title(String page) {
        Matcher m = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(page);
        return m.find() ? m.group(1).strip() : page.substring(0, Math.min(200, page.length()));
    }

    private synchronized void other(String answer) {
        if (otherAnswers++ < 10) System.out.println("not a success (not counted): " + answer.substring(0, Math.min(300, answer.length())));
    }

    // --- the checks -------------------------------------------------------------------------------------------

    private void check(GreenMail mail) throws SQLException {
        int lost = 0;
        try (Connection db = connect()) {
            // registrations: each acknowledged one exactly once, with exactly one CREATE in the audit trail
            for (String email : registered) {
                List<Long> ids = longs(db, "SELECT id FROM registration WHERE event_id = ? AND email = ?", upcomingEvent, email);
                if (ids.size() != 1) {
                    lost++;
                    failures.add("registration " + email + " answered 201, stored " + ids.size() + " times");
                    continue;
                }
                long audits = count(db, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'REGISTRATION' AND entity_id = ? AND action = 'CREATE'", ids.get(0));
                if (audits != 1) failures.add("registration " + email + " has " + audits + " CREATE audit entries");
                // its mail was stored with it, so a kill between the commit and the sending loses no mail
                long outbox = count(db, "SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?", email);
                if (outbox != 1) failures.add("registration " + email + " has " + outbox + " mails in the outbox");
            }
            // nothing half-written: every crash-test registration has its audit entry and every entry its registration
            long orphans = count(db, "SELECT COUNT(*) FROM registration r WHERE r.email LIKE 'crash-%' AND NOT EXISTS "
                    + "(SELECT 1 FROM audit_entry a WHERE a.entity_type = 'REGISTRATION' AND a.entity_id = r.id AND a.action = 'CREATE')");
            if (orphans > 0) failures.add(orphans + " registrations without their audit entry");
            long stored = count(db, "SELECT COUNT(*) FROM registration WHERE event_id = ? AND email LIKE 'crash-%'", upcomingEvent);
            long inactive = count(db, "SELECT COUNT(*) FROM registration WHERE event_id = ? AND status NOT IN ('CONFIRMED', 'WAITLISTED')", upcomingEvent);
            if (inactive > 0) failures.add(inactive + " registrations of the event are neither confirmed nor waitlisted");

            // attendance: each acknowledged mark is the row's state, with its ATTEND audit entry
            for (Map.Entry<String, Boolean> m : new ArrayList<>(marked.entrySet())) {
                List<Long> ids = longs(db, "SELECT id FROM registration WHERE event_id = ? AND full_name = ?", attendanceEvent, m.getKey());
                if (ids.size() != 1) {
                    lost++;
                    failures.add("attendance of " + m.getKey() + ": " + ids.size() + " rows");
                    continue;
                }
                boolean present = count(db, "SELECT COUNT(*) FROM registration WHERE id = ? AND attended_at IS NOT NULL", ids.get(0)) == 1;
                if (present != m.getValue()) {
                    lost++;
                    failures.add("attendance of " + m.getKey() + " answered as " + m.getValue() + ", stored as " + present);
                }
                long audits = count(db, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'REGISTRATION' AND entity_id = ? AND action = 'ATTEND'", ids.get(0));
                if (audits != 1) failures.add("attendance of " + m.getKey() + " has " + audits + " ATTEND audit entries");
            }

            // project saves: the stored title is the last acknowledged one (or one sent after it and never answered)
            if (!savedTitles.isEmpty()) {
                String title = string(db, "SELECT title FROM project_text WHERE project_id = 1 AND lang = 'bg'");
                String last = savedTitles.get(savedTitles.size() - 1);
                List<String> after = List.copyOf(unansweredTitles);
                if (!title.equals(last) && !after.contains(title)) {
                    lost++;
                    failures.add("project 1 saved as «" + last + "», stored «" + title + "»");
                }
                long updates = count(db, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PROJECT' AND entity_id = 1 AND action = 'UPDATE'");
                if (updates < savedTitles.size() || updates > savedTitles.size() + kills) {
                    failures.add("project 1: " + savedTitles.size() + " saves answered, " + updates + " UPDATE audit entries");
                }
            }

            // mails: every one that went out names a stored registration
            List<StoredMessage> messages = mail.getManagers().getImapHostManager().getAllMessages();
            int unmatched = 0;
            int cut = 0;
            for (StoredMessage message : messages) {
                String text;
                try {
                    text = message.getMimeMessage().getContent().toString();
                } catch (IOException | MessagingException | RuntimeException e) {
                    cut++; // the server died while sending it: never delivered whole
                    continue;
                }
                Matcher token = CANCEL_LINK.matcher(text);
                if (!token.find() || count(db, "SELECT COUNT(*) FROM registration WHERE cancel_token = ?", token.group(1)) != 1) unmatched++;
            }
            if (unmatched > 0) failures.add(unmatched + " of " + messages.size() + " e-mails name no stored registration");

            int acknowledged = registered.size() + marked.size() + savedTitles.size();
            System.out.printf("registrations: %d answered 201, %d stored; attendance marks: %d answered; project saves: %d answered; e-mails: %d (%d cut off by a kill), %d without a stored registration%n",
                    registered.size(), stored, marked.size(), savedTitles.size(), messages.size(), cut, unmatched);
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.out.println("acknowledged " + acknowledged + ", lost " + lost);
            if (registered.isEmpty() || marked.isEmpty() || savedTitles.isEmpty()) {
                failures.add("a kind of request was never answered with success: the test proved nothing about it");
                System.out.println("FAILED: " + failures.get(failures.size() - 1));
            }
        }
    }

    private Connection connect() throws SQLException {
        String url = environment.get("INTEGRA_DB_URL");
        if (url == null) {
            String dir = environment.getOrDefault("INTEGRA_DATA_DIR", root.resolve("data").toString());
            return DriverManager.getConnection("jdbc:h2:file:" + dir + "/integra", "integra", "integra");
        }
        return DriverManager.getConnection(url, environment.getOrDefault("INTEGRA_DB_USER", ""), environment.getOrDefault("INTEGRA_DB_PASSWORD", ""));
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) s.setObject(i + 1, parameters[i]);
        return s;
    }

    private static List<Long> longs(Connection db, String sql, Object... parameters) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement s = prepare(db, sql, parameters); ResultSet rs = s.executeQuery()) {
            while (rs.next()) values.add(rs.getLong(1));
        }
        return values;
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        return longs(db, sql, parameters).get(0);
    }

    private static String string(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(db, sql, parameters); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
