package bg.integra.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Readable address segments ({@code /news/seminar-v-haskovo}) made from a Bulgarian title: Cyrillic written
 * in Latin letters by the Bulgarian streamlined system, lower case, words joined by hyphens.
 */
public final class Slugs {

    public static final int LENGTH = 80;
    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"),
            Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "sht"), Map.entry('ъ', "a"), Map.entry('ь', "y"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private Slugs() {
    }

    /** The slug of a title; "item" when the title has no Latin or Cyrillic letter or digit. */
    public static String of(String title) {
        StringBuilder sb = new StringBuilder();
        for (char c : (title == null ? "" : title.toLowerCase(Locale.ROOT)).toCharArray()) {
            sb.append(LATIN.getOrDefault(c, String.valueOf(c)));
        }
        String ascii = Normalizer.normalize(sb, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > LENGTH) {
            slug = slug.substring(0, LENGTH).replaceAll("-[a-z0-9]*$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= LENGTH && VALID.matcher(slug).matches();
    }
}
