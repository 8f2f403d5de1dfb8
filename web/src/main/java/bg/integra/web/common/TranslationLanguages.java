package bg.integra.web.common;

import bg.integra.common.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The languages a back-office form can hold a text in, for the tag {@code <i:translated>}: it builds a row for
 * each when the view is built and shows those its {@link TranslatedText} has, so adding a row needs no new view.
 */
@Named
@ApplicationScoped
public class TranslationLanguages {

    public List<String> getAll() {
        return Languages.PORTAL;
    }
}
