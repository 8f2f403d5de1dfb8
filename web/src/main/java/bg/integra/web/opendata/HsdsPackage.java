package bg.integra.web.opendata;

import bg.integra.network.Location;
import bg.integra.network.Service;
import bg.integra.opendata.OpenDataReader;
import bg.integra.organisation.Organisation;
import bg.integra.rest.hsds.HsdsExport;
import bg.integra.rest.hsds.HsdsLocation;
import bg.integra.rest.hsds.HsdsOrganization;
import bg.integra.rest.hsds.HsdsService;
import bg.integra.web.common.PortalTexts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The directory in one language as HSDS 3.0 tabular data: a CSV per {@link HsdsTable}, {@code services.json} (every
 * service as {@code GET /api/hsds/services/{id}} answers it, through the same mapping) and {@code datapackage.json},
 * the Frictionless data package that names each CSV, its columns, size and hash, and the licence. One pass over
 * the members, their locations and their services, a chunk at a time ({@link OpenDataReader}).
 */
final class HsdsPackage {

    static final String DATAPACKAGE = "datapackage.json";
    static final String SERVICES = "services.json";
    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final String JSON_TYPE = "application/json";
    /** Plain RFC 4180 without a byte-order mark: these tables are for programs (see practices.csv for people). */
    static final CSVFormat CSV = CSVFormat.RFC4180;

    /** Serialises as the API does ({@code rest.common.Cacheable}), so an item of services.json is the API's answer. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private final OpenDataReader reader;
    private final String lang;
    private final HsdsExport hsds;
    private final Map<HsdsTable, DatasetWriter> files = new EnumMap<>(HsdsTable.class);
    private final Map<HsdsTable, CSVPrinter> tables = new EnumMap<>(HsdsTable.class);

    private HsdsPackage(OpenDataReader reader, String lang) {
        this.reader = reader;
        this.lang = lang;
        this.hsds = new HsdsExport(lang);
    }

    /** Every file of the package in this language, by file name, in the order the page lists them. */
    static Map<String, Dataset> write(OpenDataReader reader, String lang, Instant generated) throws IOException {
        return new HsdsPackage(reader, lang).write(generated);
    }

    private Map<String, Dataset> write(Instant generated) throws IOException {
        for (HsdsTable table : HsdsTable.values()) {
            DatasetWriter file = new DatasetWriter(table.file(), CSV_TYPE);
            files.put(table, file);
            tables.put(table, CSV.builder().setHeader(table.header().toArray(String[]::new)).get().print(file.writer()));
        }
        DatasetWriter services = new DatasetWriter(SERVICES, JSON_TYPE);
        Writer json = services.writer();

        each(reader::members, Organisation::getId, o -> {
            HsdsOrganization organization = hsds.organization(o);
            print(HsdsTable.ORGANIZATION, organization);
            organization.phones().forEach(p -> print(HsdsTable.PHONE, p));
        });
        each(reader::locations, Location::getId, l -> {
            HsdsLocation location = hsds.location(l);
            print(HsdsTable.LOCATION, location);
            location.addresses().forEach(a -> print(HsdsTable.ADDRESS, a));
            location.phones().forEach(p -> print(HsdsTable.PHONE, p));
            location.schedules().forEach(s -> print(HsdsTable.SCHEDULE, s));
            location.languages().forEach(c -> print(HsdsTable.LANGUAGE, c));
            location.accessibility().forEach(a -> print(HsdsTable.ACCESSIBILITY, a));
        });
        json.write('[');
        boolean[] first = {true};
        each(reader::services, Service::getId, s -> {
            HsdsService service = hsds.service(s);
            print(HsdsTable.SERVICE, service);
            service.phones().forEach(p -> print(HsdsTable.PHONE, p));
            service.languages().forEach(c -> print(HsdsTable.LANGUAGE, c));
            service.serviceAtLocations().forEach(a -> print(HsdsTable.SERVICE_AT_LOCATION, a));
            try {
                json.write(first[0] ? "\n" : ",\n");
                json.write(JSONB.toJson(service));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            first[0] = false;
        });
        json.write("\n]\n");

        Map<String, Dataset> written = new LinkedHashMap<>();
        Map<HsdsTable, Dataset> csvs = new EnumMap<>(HsdsTable.class);
        for (HsdsTable table : HsdsTable.values()) {
            tables.get(table).flush();
            csvs.put(table, files.get(table).finish(generated));
        }
        written.put(DATAPACKAGE, dataPackage(csvs, generated));
        csvs.values().forEach(d -> written.put(d.file(), d));
        written.put(SERVICES, services.finish(generated));
        return written;
    }

    /** Every row that {@code chunk} reads, a chunk at a time, each chunk starting after the last id of the one before. */
    private static <T> void each(Function<Long, List<T>> chunk, Function<T, Long> id, Consumer<T> action) {
        long after = 0;
        while (true) {
            List<T> rows = chunk.apply(after);
            rows.forEach(action);
            if (rows.size() < OpenDataReader.CHUNK) return;
            after = id.apply(rows.get(rows.size() - 1));
        }
    }

    private void print(HsdsTable table, Record record) {
        try {
            tables.get(table).printRecord(table.row(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Frictionless (v1) tabular data package of the CSVs: their paths, columns, sizes and hashes, the licence. */
    private Dataset dataPackage(Map<HsdsTable, Dataset> csvs, Instant generated) throws IOException {
        ResourceBundle texts = PortalTexts.of(lang);
        JsonArrayBuilder resources = Json.createArrayBuilder();
        csvs.forEach((table, csv) -> {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            table.columns().forEach(c -> fields.add(Json.createObjectBuilder().add("name", c.name()).add("type", c.type())));
            resources.add(Json.createObjectBuilder()
                    .add("name", table.table())
                    .add("path", csv.file())
                    .add("profile", "tabular-data-resource")
                    .add("format", "csv")
                    .add("mediatype", "text/csv")
                    .add("encoding", "utf-8")
                    .add("bytes", csv.size())
                    .add("hash", "sha256:" + csv.sha256())
                    .add("schema", Json.createObjectBuilder().add("fields", fields).add("primaryKey", "id")));
        });
        JsonObjectBuilder descriptor = Json.createObjectBuilder()
                .add("profile", "tabular-data-package")
                .add("name", "integra-network-directory" + (OpenData.DEFAULT_LANGUAGE.equals(lang) ? "" : "-" + lang))
                .add("title", texts.getString("openData.hsds.title"))
                .add("description", texts.getString("openData.hsds.intro"))
                .add("keywords", Json.createArrayBuilder().add("HSDS").add("Open Referral").add("HSDS 3.0"))
                .add("created", generated.toString())
                .add("licenses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", OpenData.LICENCE_ID).add("path", OpenData.LICENCE_URL).add("title", OpenData.LICENCE_TITLE)))
                .add("contributors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", OpenData.PUBLISHER).add("role", "publisher")))
                .add("resources", resources);
        StringWriter text = new StringWriter();
        try (var out = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            out.writeObject(descriptor.build());
        }
        DatasetWriter file = new DatasetWriter(DATAPACKAGE, JSON_TYPE);
        file.writer().write(text.toString().strip());
        file.writer().write('\n');
        return file.finish(generated);
    }
}
