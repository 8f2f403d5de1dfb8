package bg.integra.web.admin.audit;

import bg.integra.audit.AuditEntry;
import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.audit.AuditedType;
import bg.integra.common.Page;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.project.Project;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * admin/audit/index.xhtml: who changed what and when, newest first, paged in the database, filtered by user,
 * kind of record, project and days. Administrators only (web.xml's AdministratorOnly and the service's role).
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @Inject
    private AuditTrail audit;

    @Inject
    private ProjectService projects;

    private String username;
    private AuditedType entityType;
    /** The project filter as typed: a contract number (or part of one, if it names one project) or an id. */
    private String project;
    private Long projectId;
    private LocalDate from;
    private LocalDate to;
    private List<String> users;
    /** Project id → contract number, for the filter and to name the project of an entry. */
    private final Map<Long, String> projectNames = new LinkedHashMap<>();

    private final PagedModel<AuditEntry> model = PagedModel.of(this::read, AuditEntry::getId);

    private Page<AuditEntry> read(PageRequest request) {
        Page<AuditEntry> page = audit.list(query(), request);
        page.items().stream().map(AuditEntry::getProjectId).filter(id -> id != null && !projectNames.containsKey(id))
                .distinct().forEach(this::name);
        return page;
    }

    @PostConstruct
    void init() {
        users = audit.users();
    }

    /** Applies the filters; an unknown project is a message at its field, not an empty list. */
    public void search() {
        projectId = null;
        String text = project == null ? "" : project.strip();
        if (text.isEmpty()) return;
        if (text.matches("\\d{1,18}")) {
            projectId = Long.parseLong(text);
            return;
        }
        List<Project> found = projects.search(new ProjectQuery(null, null, text, null), new PageRequest(0, 2)).items();
        if (found.size() == 1) {
            projectId = found.get(0).getId();
            projectNames.put(projectId, found.get(0).getContractNumber().value());
        } else {
            projectId = -1L; // matches nothing
            FacesMessages.error("audit:project", found.isEmpty() ? "audit.projectUnknown" : "audit.projectAmbiguous");
        }
    }

    private void name(Long id) {
        try {
            projectNames.put(id, projects.get(id).getContractNumber().value());
        } catch (NotFoundException e) {
            projectNames.put(id, "#" + id); // deleted since: the trail keeps the id
        }
    }

    private AuditQuery query() {
        return new AuditQuery(username, entityType, null, projectId, from, to);
    }

    /** The project of an entry by contract number, or its id when the project is gone. */
    public String projectName(Long id) {
        if (id == null) return "";
        return projectNames.getOrDefault(id, "#" + id);
    }

    public PagedModel<AuditEntry> getModel() { return model; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public AuditedType getEntityType() { return entityType; }
    public void setEntityType(AuditedType entityType) { this.entityType = entityType; }
    public String getProject() { return project; }
    public void setProject(String project) { this.project = project; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public List<String> getUsers() { return users; }
    public AuditedType[] getEntityTypes() { return AuditedType.values(); }
}
