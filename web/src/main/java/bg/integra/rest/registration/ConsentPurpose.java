package bg.integra.rest.registration;

import bg.integra.common.Languages;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** The stated purpose of processing that registrants consent to, per language, from the message bundles. */
public final class ConsentPurpose {

    static final String KEY = "reg.consent.purpose";

    private ConsentPurpose() {
    }

    public static Map<String, String> texts() {
        Map<String, String> texts = new TreeMap<>();
        for (String lang : Languages.SUPPORTED) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(lang),
                    ConsentPurpose.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            texts.put(lang, bundle.getString(KEY));
        }
        return texts;
    }
}
