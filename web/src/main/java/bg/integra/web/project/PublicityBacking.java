package bg.integra.web.project;

import bg.integra.project.Project;
import bg.integra.web.common.Html;
import bg.integra.web.portal.PortalLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The EU publicity statement of a project's pages, as the grant's rules word it: the project, its contract, the
 * fund that pays for it and the beneficiary who alone answers for the content. Names and contract numbers are
 * isolated in {@code <bdi>}, so that a Latin contract number or a Cyrillic name keeps its order on an Arabic page.
 * The result is HTML: every value from the data is escaped here.
 */
@Named("publicity")
@RequestScoped
public class PublicityBacking {

    @Inject
    private PortalLanguage language;

    public String funding(Project project) {
        String lang = language.getLang();
        String title = isolate(project.text(lang).getTitle(), project.textLanguage(lang));
        return MessageFormat.format(Html.escape(message("publicity.project.funding")), title,
                isolate(project.getContractNumber().toString(), null), Html.escape(message("fund." + project.getFund())));
    }

    public String disclaimer(Project project) {
        String lang = language.getLang();
        return MessageFormat.format(Html.escape(message("publicity.project.disclaimer")),
                isolate(project.getBeneficiary().name(lang), project.getBeneficiary().nameLanguage(lang)));
    }

    /** A value in {@code <bdi>}, with its language when it is not the page's. */
    private String isolate(String value, String valueLanguage) {
        String lang = valueLanguage == null ? null : language.langIfOther(valueLanguage);
        return "<bdi" + (lang == null ? "" : " lang=\"" + Html.escape(lang) + "\"") + ">" + Html.escape(value) + "</bdi>";
    }
    private static String message(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }
}
