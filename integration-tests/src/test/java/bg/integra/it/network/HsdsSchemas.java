package bg.integra.it.network;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open Referral's JSON schemas for HSDS 3.0 (test resources {@code hsds/}, see the README there), Draft 2020-12 as
 * HSDS declares, with format assertions on (uuid, uri, email): answers are checked against them as they are.
 */
final class HsdsSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static final Schema ORGANIZATION = load("organization.json.gz");
    static final Schema ORGANIZATION_LIST = load("organization_list.json");
    static final Schema SERVICE = load("service.json.gz");
    static final Schema SERVICE_LIST = load("service_list.json");
    static final Schema SERVICE_AT_LOCATION_LIST = load("service_at_location_list.json");
    /** The {@code Page} schema of HSDS's API reference ({@code openapi.json}, components.schemas.Page). */
    static final Schema PAGE = REGISTRY.getSchema(Json.createReader(new StringReader(read("openapi.json")))
            .readObject().getJsonObject("components").getJsonObject("schemas").getJsonObject("Page").toString(), InputFormat.JSON);
    /** What a list answer has: the Page schema's properties and {@code contents}. */
    static final Set<String> PAGE_FIELDS = Set.of("total_items", "total_pages", "page_number", "size", "first_page",
            "last_page", "empty", "contents");

    private HsdsSchemas() {
    }

    /** What is wrong with the document by the schema; empty when nothing is. */
    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }

    static void assertValid(Schema schema, JsonValue document) {
        List<String> errors = errors(schema, document.toString());
        assertEquals(List.of(), errors, () -> "not valid HSDS: " + document);
    }

    /** An HSDS page: the Page envelope with all its fields, and every item valid by the list's schema. */
    static void assertValidPage(Schema items, JsonObject page) {
        assertEquals(PAGE_FIELDS, page.keySet(), page::toString);
        List<String> errors = new ArrayList<>(errors(PAGE, page.toString()));
        for (JsonValue item : page.getJsonArray("contents")) {
            errors.addAll(errors(items, item.toString()));
        }
        assertEquals(List.of(), errors, page::toString);
        assertEquals(page.getJsonArray("contents").size(), page.getInt("size"));
        assertEquals(page.getJsonArray("contents").isEmpty(), page.getBoolean("empty"));
        assertTrue(page.getInt("page_number") >= 1);
    }

    /** A schema file of {@code hsds/} as JSON, to read its properties (the open data's CSV columns). */
    static JsonObject document(String name) {
        return Json.createReader(new StringReader(read(name))).readObject();
    }

    private static Schema load(String name) {
        return REGISTRY.getSchema(read(name), InputFormat.JSON);
    }

    private static String read(String name) {
        try (InputStream in = HsdsSchemas.class.getResourceAsStream("/hsds/" + name)) {
            if (in == null) throw new IllegalStateException("No test resource hsds/" + name);
            InputStream json = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
