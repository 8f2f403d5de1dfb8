package bg.integra.web.common;

import bg.integra.common.Languages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The language a member of staff chose for the back-office; Bulgarian until they choose. */
@Named
@SessionScoped
public class BackofficeLocale implements Serializable {

    private String lang = Languages.DEFAULT;

    public Locale getLocale() {
        return Locale.forLanguageTag(lang);
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = Languages.orDefault(lang);
    }

    public java.util.List<String> getLanguages() {
        return Languages.SUPPORTED;
    }
}
