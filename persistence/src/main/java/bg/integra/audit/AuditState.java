package bg.integra.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The audited fields of a record at one moment, as text, in a stable order. Fields marked personal take part in
 * the comparison but their values never leave this object: {@link #changesTo} reports only that they changed.
 */
public final class AuditState {

    /** Longer values (a body of HTML) are cut: the trail shows what changed, the record keeps the whole. */
    public static final int VALUE_LENGTH = 300;
    private static final AuditState EMPTY = new AuditState();

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> personal = new LinkedHashSet<>();

    /** The state of a record that does not exist (before a create, after a delete). */
    public static AuditState none() {
        return EMPTY;
    }

    public static AuditState of() {
        return new AuditState();
    }

    public AuditState put(String field, Object value) {
        values.put(Objects.requireNonNull(field), text(value));
        return this;
    }

    /**
     * One field per language of a translated text, {@code field.bg}, {@code field.en} …, in the order of the
     * language codes: {@code perLanguage("title", texts, ProjectText::getTitle)}.
     */
    public <T> AuditState perLanguage(String field, Map<String, T> byLanguage, Function<? super T, ?> value) {
        byLanguage.keySet().stream().sorted().forEach(lang -> put(field + "." + lang, value.apply(byLanguage.get(lang))));
        return this;
    }

    /** A field that holds personal data (a name, an e-mail, a phone number): compared, never recorded. */
    public AuditState personal(String field, Object value) {
        put(field, value);
        personal.add(field);
        return this;
    }

    /** Every field that differs between this state and the later one, in field order. */
    public List<FieldChange> changesTo(AuditState after) {
        Set<String> fields = new LinkedHashSet<>(values.keySet());
        fields.addAll(after.values.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String before = values.get(field);
            String now = after.values.get(field);
            if (Objects.equals(before, now)) continue;
            if (personal.contains(field) || after.personal.contains(field)) {
                changes.add(new FieldChange(field, null, null, true));
            } else {
                changes.add(new FieldChange(field, cut(before), cut(now), false));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        if (value == null) return null;
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).sorted().reduce((a, b) -> a + ", " + b).orElse(null);
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }

    private static String cut(String s) {
        return s == null || s.length() <= VALUE_LENGTH ? s : s.substring(0, VALUE_LENGTH - 1) + "…";
    }
}
