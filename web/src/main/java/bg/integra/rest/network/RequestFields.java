package bg.integra.rest.network;

import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.Text;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of a write request and collects what is wrong with each, by its name in the JSON
 * ({@code name.bg}, {@code hours[1].closes}, {@code locationIds[0]}), so that one answer names every bad field
 * ({@link #done()}: 400 through {@code InvalidInputMapper}).
 */
final class RequestFields {

    static final Pattern PHONE = Pattern.compile("[+0-9 ()/-]*");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern URL = Pattern.compile("https?://\\S+");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");

    private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

    /** Throws the problems found, if any. */
    void done() {
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    void problem(String field, FieldProblem problem) {
        problems.putIfAbsent(field, problem);
    }

    /** Optional text: trimmed, null when blank, at most {@code max} characters, of {@code form} when given. */
    String text(String field, String value, int max, Pattern form) {
        String text = Text.blankToNull(value);
        if (text == null) return null;
        text = text.strip();
        if (text.length() > max) problem(field, FieldProblem.tooLong(max));
        else if (form != null && !form.matcher(text).matches()) problem(field, FieldProblem.malformed());
        return text;
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type, E absent) {
        if (value == null || value.isBlank()) {
            if (absent == null) problem(field, FieldProblem.required());
            return absent;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problem(field, FieldProblem.notOneOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return absent;
        }
    }

    /** ISO 639 codes, each named by its place when malformed. */
    Set<String> languages(String field, List<String> codes) {
        Set<String> result = new TreeSet<>();
        if (codes == null) return result;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !LANGUAGE.matcher(code).matches()) problem(field + "[" + i + "]", FieldProblem.malformed());
            else result.add(code);
        }
        return result;
    }

    /**
     * The texts per language of a record from one map per text field ({@code name}, {@code description} …): each
     * language the portal speaks that any field has needs a name, and Bulgarian always.
     *
     * @param fields field name → (language → text), the name first
     * @param maxima the longest text of each field, in the same order
     * @param make   builds one language's texts from its values in the fields' order
     */
    <T> Map<String, T> texts(Map<String, Map<String, String>> fields, int[] maxima, Function<String[], T> make) {
        Set<String> languages = new TreeSet<>();
        fields.values().forEach(m -> { if (m != null) languages.addAll(m.keySet()); });
        String nameField = fields.keySet().iterator().next();
        Map<String, T> result = new LinkedHashMap<>();
        if (!languages.contains(Languages.DEFAULT)) problem(nameField + "." + Languages.DEFAULT, FieldProblem.required());
        for (String lang : languages) {
            String[] values = new String[fields.size()];
            int i = 0;
            boolean known = Languages.PORTAL.contains(lang);
            for (var field : fields.entrySet()) {
                String name = field.getKey() + "." + lang;
                String value = field.getValue() == null ? null : field.getValue().get(lang);
                if (!known && value != null) problem(name, FieldProblem.notOneOf(Languages.PORTAL));
                values[i] = text(name, value, maxima[i], null);
                i++;
            }
            if (!known) continue;
            if (values[0] == null) problem(nameField + "." + lang, FieldProblem.required());
            else result.put(lang, make.apply(values));
        }
        return result;
    }

    /** "09:00" as a time; "24:00" (only as a closing time) is midnight at the end of the day. */
    LocalTime time(String field, String value, boolean closing) {
        if (value == null || value.isBlank()) {
            problem(field, FieldProblem.required());
            return null;
        }
        if (!TIME.matcher(value).matches() || (!closing && value.equals("24:00"))) {
            problem(field, FieldProblem.malformed());
            return null;
        }
        return value.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(value);
    }

    DayOfWeek day(String field, String value) {
        return choice(field, value, DayOfWeek.class, null);
    }
}
