package bg.integra.it.network;

import bg.integra.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open data at /open-data/: the directory as HSDS 3.0 tables (each header an HSDS field of its table, read from
 * HSDS's own schema), services.json valid by HSDS's service schema and equal to the API's answers, the practices as
 * CSV in Bulgarian and English; only members and published practices; 304 to a known ETag; a change through the
 * write API or a seed in the next download; a fixed number of statements per chunk of rows, not one per row.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OpenDataIT {

    private static final String HSDS = "/open-data/hsds/";
    private static final int ORGANIZATION = 1, SERVICE = 2, LOCATION = 3;
    /** The rows per chunk of bg.integra.opendata.OpenDataReader. */
    private static final int CHUNK = 500;
    private static final List<String> TABLES = List.of("organization", "service", "location", "service_at_location",
            "address", "phone", "schedule", "language", "accessibility");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Http http = new Http();

    // --- HSDS

    @Test
    void theDataPackageNamesEachTableItsFileAndTheLicence() {
        JsonObject dataPackage = http.getJson(HSDS + "datapackage.json");
        assertEquals("tabular-data-package", dataPackage.getString("profile"));
        JsonObject licence = dataPackage.getJsonArray("licenses").getJsonObject(0);
        assertEquals("CC-BY-4.0", licence.getString("name"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", licence.getString("path"));
        JsonObject publisher = dataPackage.getJsonArray("contributors").getJsonObject(0);
        assertEquals("Integra network", publisher.getString("title"));
        assertEquals("publisher", publisher.getString("role"));
        List<JsonObject> resources = dataPackage.getJsonArray("resources").getValuesAs(JsonObject.class);
        assertEquals(TABLES, resources.stream().map(r -> r.getString("name")).toList());
        for (JsonObject resource : resources) {
            assertEquals(resource.getString("name") + ".csv", resource.getString("path"));
            HttpResponse<byte[]> csv = http.getBytes(HSDS + resource.getString("path"));
            assertEquals(200, csv.statusCode(), resource::toString);
            assertEquals(resource.getJsonNumber("bytes").longValue(), csv.body().length, resource::toString);
            assertEquals("sha256:" + sha256(csv.body()), resource.getString("hash"), resource::toString);
            List<String> fields = resource.getJsonObject("schema").getJsonArray("fields").getValuesAs(JsonObject.class)
                    .stream().map(f -> f.getString("name")).toList();
            assertEquals(fields, parse(new String(csv.body(), StandardCharsets.UTF_8)).getHeaderNames(), resource::toString);
        }
    }

    @Test
    void everyTableParsesAndItsHeaderIsHsdsFieldsOfThatTable() {
        JsonObject seed = seedNetwork(false);
        Map<String, JsonObject> schemas = tableSchemas();
        for (String table : TABLES) {
            HttpResponse<String> r = http.get(HSDS + table + ".csv");
            assertEquals(200, r.statusCode(), table);
            assertEquals("text/csv;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(),
                    table);
            assertEquals("attachment; filename=\"" + table + ".csv\"", r.headers().firstValue("Content-Disposition").orElse(""));
            assertFalse(r.body().startsWith("\uFEFF"), "the HSDS tables are for programs: no byte-order mark");
            CSVParser csv = parse(r.body());
            Set<String> hsdsFields = schemas.get(table).getJsonObject("properties").keySet();
            for (String column : csv.getHeaderNames()) {
                assertTrue(hsdsFields.contains(column), () -> table + ".csv: " + column + " is not a field of HSDS's " + table);
            }
            List<String> required = schemas.get(table).getJsonArray("required") == null ? List.of()
                    : schemas.get(table).getJsonArray("required").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList();
            assertTrue(csv.getHeaderNames().containsAll(required), () -> table + ".csv lacks a required field of " + required);
            assertTrue(csv.getHeaderNames().contains("id"), table);
        }
        String tag = seed.getString("tag");
        CSVRecord legal = row("service", uuid(SERVICE, id(seed, "services", "legal")));
        assertEquals("Правна помощ " + tag, legal.get("name"));
        assertEquals("active", legal.get("status"));
        assertEquals(uuid(ORGANIZATION, seed.getJsonNumber("organisationId").longValue()), legal.get("organization_id"));
        assertEquals("defunct", row("service", uuid(SERVICE, id(seed, "services", "housing"))).get("status"));
        CSVRecord a = row("location", uuid(LOCATION, id(seed, "locations", "a")));
        assertEquals("Център А " + tag, a.get("name"));
        assertEquals(41.60, Double.parseDouble(a.get("latitude")), 1e-9);
        assertEquals("physical", a.get("location_type"));
        assertEquals("Мрежова организация " + tag,
                row("organization", uuid(ORGANIZATION, seed.getJsonNumber("organisationId").longValue())).get("name"));
        assertTrue(rows("service_at_location").stream().anyMatch(r -> r.get("service_id").equals(legal.get("id"))
                && r.get("location_id").equals(a.get("id"))), "the legal advice is offered at A");
        CSVRecord address = rows("address").stream().filter(r -> r.get("location_id").equals(a.get("id"))).findFirst().orElseThrow();
        assertEquals(seed.getString("city"), address.get("city"));
        assertEquals("BG", address.get("country"));
        assertTrue(rows("schedule").stream().anyMatch(r -> r.get("location_id").equals(a.get("id"))
                && r.get("byday").equals("MO,TU,WE,TH,FR") && r.get("opens_at").equals("09:00") && r.get("closes_at").equals("17:00")));
        assertEquals(Set.of("ar", "bg"), rows("language").stream().filter(r -> r.get("service_id").equals(legal.get("id")))
                .map(r -> r.get("code")).collect(Collectors.toSet()));
        assertTrue(rows("phone").stream().anyMatch(r -> r.get("location_id").equals(a.get("id")) && r.get("number").equals("+359 2 123 456")));
        // never the organisation outside the network, nor its centre or service
        String outsider = uuid(ORGANIZATION, seed.getJsonNumber("outsiderId").longValue());
        assertTrue(rows("organization").stream().noneMatch(r -> r.get("id").equals(outsider)));
        assertTrue(rows("location").stream().noneMatch(r -> r.get("id").equals(uuid(LOCATION, id(seed, "locations", "outside")))));
        assertTrue(rows("service").stream().noneMatch(r -> r.get("id").equals(uuid(SERVICE, id(seed, "services", "outside")))));
        assertTrue(rows("service").stream().noneMatch(r -> r.get("organization_id").equals(outsider)));
    }

    @Test
    void servicesJsonIsEveryServiceAsTheApiAnswersItValidByHsdsSchema() {
        JsonObject seed = seedNetwork(false);
        HttpResponse<String> r = http.get(HSDS + "services.json");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
        JsonArray services = Json.createReader(new StringReader(r.body())).readArray();
        for (JsonValue service : services) {
            HsdsSchemas.assertValid(HsdsSchemas.SERVICE, service);
        }
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        services.getValuesAs(JsonObject.class).forEach(s -> byId.put(s.getString("id"), s));
        assertEquals(services.size(), byId.size(), "each service once");
        for (String which : List.of("legal", "courses", "housing")) {
            String id = uuid(SERVICE, id(seed, "services", which));
            assertEquals(http.getJson("/api/hsds/services/" + id), byId.get(id), which + ": the API's answer");
        }
        assertFalse(byId.containsKey(uuid(SERVICE, id(seed, "services", "outside"))), "never a non-member's service");
    }

    @Test
    void anotherLanguageIsAFolderOfItsOwn() {
        JsonObject seed = seedNetwork(false);
        String legal = uuid(SERVICE, id(seed, "services", "legal"));
        JsonObject english = http.getJson(HSDS + "en/datapackage.json");
        assertEquals("service.csv", english.getJsonArray("resources").getJsonObject(1).getString("path"),
                "relative paths lead to the English tables beside it");
        assertEquals("Правна помощ " + seed.getString("tag") + " (en)", rowIn(HSDS + "en/service.csv", legal).get("name"));
        JsonArray services = Json.createReader(new StringReader(http.get(HSDS + "en/services.json").body())).readArray();
        assertTrue(services.getValuesAs(JsonObject.class).contains(http.getJson("/api/hsds/services/" + legal + "?lang=en")));
        for (String path : List.of("xx/service.csv", "bg/service.csv", "en/nothing.csv", "nothing.csv", "en/x/service.csv")) {
            assertEquals(404, http.get(HSDS + path).statusCode(), path);
        }
    }

    @Test
    void aKnownVersionIsNotSentAgainAndAChangeMakesANewOne() {
        JsonObject seed = seedNetwork(true);
        HttpResponse<String> first = http.get(HSDS + "location.csv");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = http.get(HSDS + "location.csv", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(304, http.get(HSDS + "location.csv", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, http.get(HSDS + "location.csv", "If-None-Match", "\"other\"").statusCode());

        String name = "Нов център " + seed.getString("tag");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/network/locations"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + seed.getJsonObject("tokens").getString("write"))
                .POST(HttpRequest.BodyPublishers.ofString(locationJson(name, seed.getString("city")))).build());
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();

        HttpResponse<String> changed = http.get(HSDS + "location.csv", "If-None-Match", etag);
        assertEquals(200, changed.statusCode(), "the file was generated again");
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElse(""));
        assertEquals(name, rowOf(changed.body(), uuid(LOCATION, id)).get("name"));
    }

    @Test
    void aClientThatTakesGzipGetsTheSameBytesCompressed() throws IOException {
        seedNetwork(false);
        HttpResponse<byte[]> plain = bytes(HSDS + "services.json");
        HttpResponse<byte[]> gzipped = bytes(HSDS + "services.json", "Accept-Encoding", "gzip, deflate");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzipped.body().length < plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertEquals(plain.headers().firstValue("ETag"), gzipped.headers().firstValue("ETag"));
        assertFalse(bytes(HSDS + "services.json", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isPresent());
    }

    /**
     * A dataset reads each kind of row a chunk at a time: with EclipseLink's cache emptied, no statement is made more
     * often than there are chunks of rows, and the whole file takes a few statements per chunk.
     */
    @Test
    void theDirectoryIsReadAFewStatementsPerChunkNotOnePerRow() {
        seedNetwork(false); // a change: the file is generated again at the next request
        assertEquals(204, http.postForm("/test-support/evict-cache", Map.of()).statusCode());
        String token = UUID.randomUUID().toString();
        HttpResponse<String> json = http.get(HSDS + "services.json?sql-count=" + token);
        assertEquals(200, json.statusCode());
        List<String> statements = http.get("/test-support/sql-count?statements=true&token=" + token).body().lines().toList();
        int services = Json.createReader(new StringReader(json.body())).readArray().size();
        int rows = Math.max(services, Math.max(rows("location").size(), rows("organization").size()));
        int chunks = rows / CHUNK + 1;
        Map<String, Long> times = statements.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        long most = times.values().stream().mapToLong(Long::longValue).max().orElse(0);
        System.out.printf("open data: services.json and the HSDS tables, %d rows at most, cold: %d statements%n", rows, statements.size());
        assertTrue(statements.size() >= 3, "the package was generated in this request: " + statements);
        assertTrue(most <= chunks, () -> "one statement " + most + " times for " + rows + " rows: a query per row? " + times);
        assertTrue(statements.size() <= 30 * chunks, () -> statements.size() + " statements for " + rows + " rows");
    }

    // --- practices

    @Test
    void practicesAreTheirPublishedOnesInBulgarianWithAByteOrderMarkForExcel() {
        JsonObject seed = seedKnowledge();
        String tag = seed.getString("tag");
        HttpResponse<byte[]> r = http.getBytes("/open-data/practices.csv");
        assertEquals(200, r.statusCode());
        assertEquals("attachment; filename=\"practices.csv\"", r.headers().firstValue("Content-Disposition").orElse(""));
        assertArrayEquals(BOM, Arrays.copyOf(r.body(), 3), "UTF-8 with a byte-order mark");
        CSVParser csv = parse(new String(r.body(), 3, r.body().length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("id", "title", "country", "region", "organisation", "start", "end", "audience", "area", "funding",
                "objectives", "activities", "results", "evaluation", "transferability", "contact", "links", "published_on",
                "url", "language"), csv.getHeaderNames());
        List<CSVRecord> rows = csv.getRecords();
        CSVRecord older = byId(rows, id(seed, "practices", "older"));
        assertEquals("Практика " + tag + " по-стара", older.get("title"));
        assertEquals("BG", older.get("country"));
        assertEquals("Хасково", older.get("region"));
        assertEquals("Член на базата знания " + tag, older.get("organisation"));
        assertEquals("Лица с международна закрила", older.get("audience"));
        assertEquals("Цели на Практика " + tag + " по-стара", older.get("objectives"));
        assertEquals("https://example.org/practice", older.get("links"));
        assertTrue(older.get("url").endsWith("/practices/" + id(seed, "practices", "older")), older.get("url"));
        assertEquals(200, http.get(URI.create(older.get("url")).getPath()).statusCode(), "the url is its page");
        assertEquals("bg", older.get("language"));
        assertTrue(older.get("start").matches("\\d{4}-\\d{2}-\\d{2}") && older.get("published_on").matches("\\d{4}-\\d{2}-\\d{2}"));
        byId(rows, id(seed, "practices", "newer"));
        long draft = id(seed, "practices", "draft");
        assertTrue(rows.stream().noneMatch(row -> row.get("id").equals(String.valueOf(draft))), "never a draft");
    }

    @Test
    void practicesInEnglishFallBackAsThePortalDoesAndAnUnknownLanguageIsBulgarian() {
        JsonObject seed = seedKnowledge();
        String tag = seed.getString("tag");
        HttpResponse<byte[]> r = http.getBytes("/open-data/practices.csv?lang=en");
        assertEquals("attachment; filename=\"practices-en.csv\"", r.headers().firstValue("Content-Disposition").orElse(""));
        CSVRecord older = byId(parse(new String(r.body(), StandardCharsets.UTF_8).substring(1)).getRecords(),
                id(seed, "practices", "older"));
        assertEquals("Практика " + tag + " по-стара (en)", older.get("title"));
        assertEquals("Objectives of Практика " + tag + " по-стара", older.get("objectives"));
        assertEquals("", older.get("funding"), "the English text has none: one language per row, no mixing");
        assertEquals("Haskovo", older.get("region"));
        assertEquals("en", older.get("language"));
        assertTrue(older.get("url").endsWith("/practices/" + id(seed, "practices", "older") + "?lang=en"));
        // Arabic has no text of its own here: English, as the portal shows it
        CSVRecord arabic = byId(parse(new String(http.getBytes("/open-data/practices.csv?lang=ar").body(), StandardCharsets.UTF_8)
                .substring(1)).getRecords(), id(seed, "practices", "older"));
        assertEquals("en", arabic.get("language"));
        assertEquals("Практика " + tag + " по-стара (en)", arabic.get("title"));
        // a language the portal does not speak is Bulgarian, as on every portal address
        assertEquals(http.get("/open-data/practices.csv").headers().firstValue("ETag"),
                http.get("/open-data/practices.csv?lang=xx").headers().firstValue("ETag"));
    }

    @Test
    void aNewPracticeIsInTheNextDownload() {
        HttpResponse<String> before = http.get("/open-data/practices.csv");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get("/open-data/practices.csv", "If-None-Match", etag).statusCode());
        JsonObject seed = seedKnowledge();
        HttpResponse<String> after = http.get("/open-data/practices.csv", "If-None-Match", etag);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.headers().firstValue("ETag").orElse(""));
        byId(parse(after.body().substring(1)).getRecords(), id(seed, "practices", "older"));
    }

    // --- helpers

    private JsonObject seedNetwork(boolean tokens) {
        HttpResponse<String> r = http.postForm("/test-support/network", tokens ? Map.of("tokens", "true") : Map.of());
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r);
    }

    private JsonObject seedKnowledge() {
        HttpResponse<String> r = http.postForm("/test-support/knowledge", Map.of());
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r);
    }

    /** Each table's schema in HSDS's compiled service schema, where the service nests every table we publish. */
    private static Map<String, JsonObject> tableSchemas() {
        JsonObject service = HsdsSchemas.document("service.json.gz");
        JsonObject properties = service.getJsonObject("properties");
        JsonObject serviceAtLocation = items(properties, "service_at_locations");
        JsonObject location = serviceAtLocation.getJsonObject("properties").getJsonObject("location");
        Map<String, JsonObject> tables = new LinkedHashMap<>();
        tables.put("organization", properties.getJsonObject("organization"));
        tables.put("service", service);
        tables.put("location", location);
        tables.put("service_at_location", serviceAtLocation);
        tables.put("address", items(location.getJsonObject("properties"), "addresses"));
        tables.put("phone", items(properties, "phones"));
        tables.put("schedule", items(properties, "schedules"));
        tables.put("language", items(properties, "languages"));
        tables.put("accessibility", items(location.getJsonObject("properties"), "accessibility"));
        tables.forEach((name, schema) -> assertEquals(name, schema.getString("name"), "HSDS names this table " + schema.getString("name")));
        return tables;
    }

    private static JsonObject items(JsonObject properties, String name) {
        return properties.getJsonObject(name).getJsonObject("items");
    }

    private List<CSVRecord> rows(String table) {
        HttpResponse<String> r = http.get(HSDS + table + ".csv");
        assertEquals(200, r.statusCode(), table);
        return records(r.body());
    }

    private CSVRecord row(String table, String id) {
        return rowIn(HSDS + table + ".csv", id);
    }

    private CSVRecord rowIn(String path, String id) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), path);
        return rowOf(r.body(), id);
    }

    private static CSVRecord rowOf(String csv, String id) {
        return first(records(csv), r -> r.get("id").equals(id), id);
    }

    private static CSVRecord byId(List<CSVRecord> rows, long id) {
        return first(rows, r -> r.get("id").equals(String.valueOf(id)), "practice " + id);
    }

    private static CSVRecord first(List<CSVRecord> rows, Predicate<CSVRecord> which, String what) {
        return rows.stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("no row of " + what));
    }

    private static List<CSVRecord> records(String csv) {
        return parse(csv).getRecords();
    }

    private static CSVParser parse(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.baseUrl() + path)).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) b.headers(headers);
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long id(JsonObject seed, String kind, String which) {
        return seed.getJsonObject(kind).getJsonNumber(which).longValue();
    }

    private static String uuid(int type, long number) {
        return String.format("%08x-0000-4000-8000-%012x", type, number);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String locationJson(String name, String city) {
        return Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("bg", name))
                .add("address", Json.createObjectBuilder().add("street", "ул. „Отворена“ 3").add("city", city).add("postcode", "6600"))
                .add("region", "KARDZHALI")
                .add("position", Json.createObjectBuilder().add("latitude", 41.65).add("longitude", 25.37))
                .add("languages", Json.createArrayBuilder().add("bg"))
                .add("hours", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("day", "MONDAY").add("opens", "09:00").add("closes", "17:00")))
                .build().toString();
    }
}
