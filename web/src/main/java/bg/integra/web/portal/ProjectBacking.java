package bg.integra.web.portal;

import bg.integra.common.NotFoundException;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.project.ProjectText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** The public page of one project: its facts, indicators, beneficiary and the EU publicity block. */
@Named
@RequestScoped
public class ProjectBacking {

    @Inject
    private ProjectService projects;

    @Inject
    private PortalLanguage language;

    private String id;
    private Project project;

    public void load() throws IOException {
        try {
            project = projects.get(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public ProjectText getText() {
        return project.text(language.getLang());
    }

    /** The language the title and summary are shown in: the page's, or English or Bulgarian when not translated. */
    public String getTextLanguage() {
        return project.textLanguage(language.getLang());
    }

    /** True when the project is not translated into the page's language and a fallback is shown. */
    public boolean isFallback() {
        return !project.isTranslatedInto(language.getLang());
    }

    public Project getProject() { return project; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
