package bg.integra.rest.common;

import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.Text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
public final class RequestFields {

    public static final Pattern PHONE = Pattern.compile("[+0-9 ()/-]*");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final Pattern URL = Pattern.compile("https?://\\S+");
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");

    private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

    /** Throws the problems found, if any. */
    public void done() {
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    public void problem(String field, FieldProblem problem) {
        problems.putIfAbsent(field, problem);
    }

    /** Optional text: trimmed, null when blank, at most {@code max} characters, of {@code form} when given. */
    public String text(String field, String value, int max, Pattern form) {
        String text = Text.blankToNull(value);
        if (text == null) return null;
        text = text.strip();
        if (text.length() > max) problem(field, FieldProblem.tooLong(max));
        else if (form != null && !form.matcher(text).matches()) problem(field, FieldProblem.malformed());
        return text;
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, E absent) {
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

    /** A choice that may be left out (null), else as {@link #choice}. */
    public <E extends Enum<E>> E optionalChoice(String field, String value, Class<E> type) {
        return value == null || value.isBlank() ? null : choice(field, value, type, null);
    }

    /** ISO 639 codes, each named by its place when malformed. */
    public Set<String> languages(String field, List<String> codes) {
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
    public <T> Map<String, T> texts(Map<String, Map<String, String>> fields, int[] maxima, Function<String[], T> make) {
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
    public LocalTime time(String field, String value, boolean closing) {
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

    public DayOfWeek day(String field, String value) {
        return choice(field, value, DayOfWeek.class, null);
    }

    /** Optional date in ISO form, "2025-03-01". */
    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem(field, FieldProblem.malformed());
            return null;
        }
    }

    /** Optional texts of one form each, named by their place when bad; blanks left out. */
    public List<String> texts(String field, List<String> values, int max, Pattern form) {
        List<String> result = new java.util.ArrayList<>();
        if (values == null) return result;
        for (int i = 0; i < values.size(); i++) {
            String text = text(field + "[" + i + "]", values.get(i), max, form);
            if (text != null) result.add(text);
        }
        return result;
    }
}
