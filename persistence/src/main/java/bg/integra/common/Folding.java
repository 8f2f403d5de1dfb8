package bg.integra.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The form in which the site search compares words: one spelling for what a reader may type in several ways.
 * Case and accents go, Cyrillic is written in Latin letters (Bulgarian, Russian and Ukrainian letters), and
 * the spellings that transliteration leaves open are merged ({@code sofia}, {@code sofiya} and {@code София}
 * all become {@code sofia}). Arabic and Farsi keep their script with the forms of alef, yeh and kaf unified.
 * Stored text and the query are folded the same way, so a search matches across scripts.
 */
public final class Folding {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"),
            Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "sht"), Map.entry('ъ', "a"), Map.entry('ь', "y"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
            Map.entry('ы', "y"), Map.entry('э', "e"), Map.entry('ё', "e"), Map.entry('і', "i"), Map.entry('ї', "yi"),
            Map.entry('є', "ye"), Map.entry('ґ', "g"), Map.entry('ı', "i"));
    private static final Map<Character, Character> ARABIC = Map.of(
            'أ', 'ا', 'إ', 'ا', 'آ', 'ا', 'ى', 'ي', 'ی', 'ي', 'ک', 'ك', 'ة', 'ه');
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    public static final int MAX_TERMS = 8;
    public static final int MAX_TERM_LENGTH = 40;

    private Folding() {
    }

    /** The folded form of a text: words of letters and digits, single-spaced, in one spelling. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length() + 16);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = CYRILLIC.get(c);
            if (latin != null) {
                sb.append(latin);
            } else {
                sb.append(ARABIC.getOrDefault(c, c));
            }
        }
        String plain = MARKS.matcher(Normalizer.normalize(sb, Normalizer.Form.NFD)).replaceAll("");
        String words = NOT_WORD.matcher(plain).replaceAll(" ").strip();
        return skeleton(words);
    }

    /** The words of a query, folded, without repeats; at most {@link #MAX_TERMS} of at most {@link #MAX_TERM_LENGTH}. */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) return terms;
        // a 10,000-character query is cut before folding, so that odd input costs no more than a normal one
        String head = query.length() > MAX_TERMS * (MAX_TERM_LENGTH + 1) * 2
                ? query.substring(0, MAX_TERMS * (MAX_TERM_LENGTH + 1) * 2) : query;
        for (String word : fold(head).split(" ")) {
            if (word.isEmpty() || terms.contains(word)) continue;
            terms.add(word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word);
            if (terms.size() == MAX_TERMS) break;
        }
        return terms;
    }

    /** Merges the Latin spellings that transliteration leaves open: y/i/j, ts/tz/c, zh/j, doubled letters. */
    private static String skeleton(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char mapped = switch (c) {
                case 'y', 'j' -> 'i';
                case 'w' -> 'v';
                case 'q' -> 'k';
                default -> c;
            };
            if ((c == 't' && (next == 's' || next == 'z'))) { // ts, tz -> c
                mapped = 'c';
                i++;
            } else if ((c == 'z' || c == 's' || c == 'c' || c == 'k') && next == 'h') { // zh, sh, ch, kh -> z, s, c, h
                mapped = c == 'k' ? 'h' : c;
                i++;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) == mapped && Character.isLetter(mapped)) continue;
            out.append(mapped);
        }
        return out.toString();
    }
}
