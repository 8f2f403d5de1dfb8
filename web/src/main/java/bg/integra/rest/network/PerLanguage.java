package bg.integra.rest.network;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A translated field of the directory as the API gives it: language code → text, languages without it left out. */
public final class PerLanguage {

    private PerLanguage() {
    }

    public static <T> Map<String, String> of(Map<String, T> texts, Function<T, String> field) {
        Map<String, String> result = new TreeMap<>();
        texts.forEach((lang, text) -> {
            String value = field.apply(text);
            if (value != null) result.put(lang, value);
        });
        return result;
    }
}
