import bg.integra.common.Folding;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes each word of words.tsv ("lang TAB words…") as one line "lang ord word folded lower Capitalised
 * folded lower": the folded form is the application's own Folding.fold, so the generated search columns match
 * what ContentText and Project would store.
 */
public class FoldWords {
    public static void main(String[] args) throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new java.io.PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) continue;
            String[] parts = line.split("\t", 2);
            int ord = 0;
            for (String word : parts[1].strip().split("\\s+")) {
                String cap = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
                String folded = Folding.fold(word);
                if (folded.isEmpty() || folded.contains(" ") || !Folding.fold(cap).equals(folded)) {
                    throw new IllegalArgumentException("not one word after folding: " + word);
                }
                out.println(String.join("\t", parts[0], String.valueOf(++ord), word, folded,
                        word.toLowerCase(Locale.ROOT), cap, folded, cap.toLowerCase(Locale.ROOT)));
            }
        }
    }
}
