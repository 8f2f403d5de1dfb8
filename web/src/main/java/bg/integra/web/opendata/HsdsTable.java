package bg.integra.web.opendata;

import bg.integra.rest.hsds.HsdsLanguage;
import bg.integra.rest.hsds.HsdsLocation;
import bg.integra.rest.hsds.HsdsOrganization;
import bg.integra.rest.hsds.HsdsPhone;
import bg.integra.rest.hsds.HsdsService;
import bg.integra.rest.hsds.HsdsServiceAtLocation;
import jakarta.json.bind.annotation.JsonbProperty;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The HSDS tables the directory has data for, each a CSV whose columns are the plain fields (not the nested lists
 * and objects) of the record that {@code /api/hsds} answers for it, under the same JSON names: so a column is an
 * HSDS field by construction, and a value in the CSV is the one in the JSON.
 */
enum HsdsTable {

    ORGANIZATION("organization", HsdsOrganization.class),
    SERVICE("service", HsdsService.class),
    LOCATION("location", HsdsLocation.class),
    SERVICE_AT_LOCATION("service_at_location", HsdsServiceAtLocation.class),
    ADDRESS("address", HsdsLocation.Address.class),
    PHONE("phone", HsdsPhone.class),
    SCHEDULE("schedule", HsdsLocation.Schedule.class),
    LANGUAGE("language", HsdsLanguage.class),
    ACCESSIBILITY("accessibility", HsdsLocation.Accessibility.class);

    /** A column: its HSDS name and its Frictionless type. */
    record Column(String name, String type) {
    }

    private final String table;
    private final List<RecordComponent> fields;
    private final List<Column> columns;

    HsdsTable(String table, Class<? extends Record> type) {
        this.table = table;
        this.fields = Arrays.stream(type.getRecordComponents()).filter(c -> plain(c.getType())).toList();
        this.columns = fields.stream().map(c -> new Column(jsonName(c), frictionlessType(c.getType()))).toList();
    }

    /** HSDS's name of the table, which is also the resource's name in the data package. */
    String table() { return table; }

    String file() { return table + ".csv"; }

    List<Column> columns() { return columns; }

    List<String> header() { return columns.stream().map(Column::name).toList(); }

    /** One row: the record's plain fields in the order of the columns (null for an absent one). */
    List<Object> row(Record record) {
        List<Object> values = new ArrayList<>(fields.size());
        for (RecordComponent field : fields) {
            try {
                values.add(field.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + field, e);
            }
        }
        return values;
    }

    private static boolean plain(Class<?> type) {
        return type == String.class || type.isPrimitive() || Number.class.isAssignableFrom(type);
    }

    /** The name JSON-B writes: @JsonbProperty sits on the accessor of a record component. */
    private static String jsonName(RecordComponent c) {
        JsonbProperty property = c.getAccessor().getAnnotation(JsonbProperty.class);
        return property == null || property.value().isEmpty() ? c.getName() : property.value();
    }

    /** HSDS types its numbers (latitude, timezone) as {@code number}; everything else we give is text. */
    private static String frictionlessType(Class<?> type) {
        return type == String.class ? "string" : "number";
    }
}
