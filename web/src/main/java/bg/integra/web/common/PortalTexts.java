package bg.integra.web.common;

import bg.integra.common.Languages;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's message bundle for code that writes its answer without Faces (the feed, the banner). Without
 * the no-fallback control, a missing {@code messages_xx} would fall back to the server's default locale
 * (often English) instead of the Bulgarian base bundle.
 */
public final class PortalTexts {

    private static final String BASE = "i18n.messages";

    private PortalTexts() {
    }

    /** The texts of a portal language; any other code gives Bulgarian. */
    public static ResourceBundle of(String lang) {
        return ResourceBundle.getBundle(BASE, Locale.forLanguageTag(Languages.portalOrDefault(lang)),
                PortalTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
