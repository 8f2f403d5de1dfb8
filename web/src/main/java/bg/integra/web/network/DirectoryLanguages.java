package bg.integra.web.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The languages a visitor can look for in the directory (ISO 639-1 codes): the portal's seven and the other
 * languages immigrants in Bulgaria speak most, each named in the page's language by the JDK's locale data, so that
 * a language needs no line in the bundles.
 */
@Named("directoryLanguages")
@ApplicationScoped
public class DirectoryLanguages {

    static final List<String> CODES = List.of("bg", "en", "ar", "fa", "ru", "tr", "uk", "de", "fr", "es", "it", "el",
            "ro", "sr", "mk", "hy", "ka", "az", "ku", "ps", "ur", "hi", "bn", "zh", "vi", "so", "ti", "am", "sq");

    /** The codes, ordered by their names in the page's language. */
    public List<String> codes(Locale page) {
        Collator collator = Collator.getInstance(page);
        return CODES.stream().sorted(Comparator.comparing((String code) -> name(code, page), collator)).toList();
    }

    /** The name of a language in the page's language ("арабски" on a Bulgarian page); the code when unknown. */
    public String name(String code, Locale page) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(page);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    /** The names of these languages, in the page's language and its alphabetical order, as one list. */
    public String names(Collection<String> codes, Locale page, String separator) {
        Collator collator = Collator.getInstance(page);
        return codes.stream().map(code -> name(code, page)).sorted(collator).collect(Collectors.joining(separator));
    }

    public boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
