package bg.integra.web.admin.project;

import bg.integra.account.AccountService;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationService;
import bg.integra.project.ContractNumber;
import bg.integra.project.EventKind;
import bg.integra.project.Fund;
import bg.integra.project.Indicator;
import bg.integra.project.IndicatorMeasure;
import bg.integra.project.IndicatorSource;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.project.ProjectStatus;
import bg.integra.project.ProjectText;
import bg.integra.project.PublicityKind;
import bg.integra.project.TargetGroup;
import bg.integra.publicity.ComplianceItem;
import bg.integra.publicity.ComplianceService;
import bg.integra.registration.RegistrationService;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.Html;
import bg.integra.web.common.TranslatedText;
import bg.integra.web.security.StaffView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * admin/projects/edit.xhtml: a project's facts and, once it is saved, its indicators. The form keeps the version
 * that was read, so a save after someone else's save is refused with a message instead of overwriting theirs.
 */
@Named
@ViewScoped
public class EditProjectBacking implements Serializable {

    @Inject
    private ProjectService projects;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private StaffView staff;

    @Inject
    private RegistrationService registrations;

    @Inject
    private ComplianceService compliance;

    private List<ComplianceItem> missingItems = List.of();

    private List<TargetGroup> targetGroups;

    private Long id;
    private Project project;
    private boolean loaded;

    // the form
    private ContractNumber contractNumber;
    private TranslatedText texts = TranslatedText.empty();
    private String fundingScheme;
    private Fund fund = Fund.EIF;
    private Long beneficiaryId;
    private LocalDate start;
    private LocalDate end;
    private Region region;
    private ProjectStatus status = ProjectStatus.PLANNED;

    private List<Organisation> beneficiaries;
    private IndicatorForm indicator;

    public void load() throws IOException {
        if (loaded) return; // a postback keeps the copy being edited
        loaded = true;
        beneficiaries = staff.isAdministrator()
                ? organisations.findAll()
                : accounts.current().map(a -> List.of(a.getOrganisation())).orElse(List.of());
        if (id == null) {
            if (beneficiaries.size() == 1) beneficiaryId = beneficiaries.get(0).getId();
            return;
        }
        project = projects.getForEdit(id); // not found or not theirs: the 404 page (ServiceExceptionHandler)
        missingItems = compliance.missing(id);
        contractNumber = project.getContractNumber();
        texts = TranslatedText.of(project.getTexts(), ProjectText::getTitle, ProjectText::getSummary);
        fundingScheme = project.getFundingScheme();
        fund = project.getFund();
        beneficiaryId = project.getBeneficiary().getId();
        start = project.getPeriod().getStart();
        end = project.getPeriod().getEnd();
        region = project.getRegion();
        status = project.getStatus();
    }

    public String save() {
        if (start != null && end != null && end.isBefore(start)) {
            FacesMessages.error("form:end", "validation.period");
            return null;
        }
        try {
            Organisation beneficiary = organisations.get(beneficiaryId);
            Map<String, ProjectText> edited = texts.values(ProjectText::new);
            boolean created = project == null;
            if (created) {
                project = new Project(contractNumber, edited.get(Languages.DEFAULT), fund, beneficiary, region);
            } else {
                project.setContractNumber(contractNumber);
                project.setFund(fund);
                project.setBeneficiary(beneficiary);
                project.setRegion(region);
            }
            project.setTexts(edited);
            if (fundingScheme != null && !fundingScheme.isBlank()) project.setFundingScheme(fundingScheme);
            project.setPeriod(new Period(start, end));
            project.setStatus(status);
            project = created ? projects.create(project) : projects.update(project);
            FacesMessages.info("bo.saved");
            return "/admin/projects/edit.xhtml?faces-redirect=true&id=" + project.getId();
        } catch (RuntimeException e) {
            if (project != null && project.getId() == null) project = null; // nothing was stored: stay a new project
            BackofficeErrors.show(e);
            return null;
        }
    }

    // indicators

    public void newIndicator() {
        indicator = new IndicatorForm();
    }

    public void editIndicator(Indicator existing) {
        indicator = IndicatorForm.of(existing);
    }

    public void saveIndicator() {
        try {
            if (indicator.isCounted() && indicator.getMeasure() == null) {
                FacesMessages.error("indicatorForm:measure", "bo.required");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            if (indicator.getId() == null && indicator.isCounted()) {
                projects.addCountedIndicator(project.getId(), indicator.getNames().texts(),
                        indicator.getUnit(), indicator.getTarget(), indicator.getMeasure(), indicator.parameter());
            } else if (indicator.getId() == null) {
                projects.addIndicator(project.getId(), indicator.getNames().texts(), indicator.getUnit(),
                        indicator.getTarget(), indicator.getAchieved());
            } else {
                Indicator existing = project.getIndicators().stream()
                        .filter(i -> i.getId().equals(indicator.getId())).findFirst()
                        .orElseThrow(() -> new NotFoundException("Indicator", indicator.getId()));
                indicator.applyTo(existing);
                projects.updateIndicator(existing);
            }
            FacesMessages.info("bo.saved");
            indicator = null;
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
            FacesContext.getCurrentInstance().validationFailed(); // keep the dialog open
        }
        reloadIndicators();
    }

    public void deleteIndicator(Indicator existing) {
        try {
            projects.deleteIndicator(existing.getId(), existing.getVersion());
            FacesMessages.info("bo.deleted");
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        reloadIndicators();
    }

    /** Fresh indicators from the database; the project's own form and version are left as they are. */
    private void reloadIndicators() {
        List<Indicator> fresh = projects.getForEdit(project.getId()).getIndicators();
        indicators = fresh;
    }

    private List<Indicator> indicators;

    public List<Indicator> getIndicators() {
        if (indicators == null && project != null) indicators = project.getIndicators();
        return indicators == null ? List.of() : indicators;
    }

    /**
     * The HTML that partner sites paste to show the project's banner (served by /banner/{id}), with this
     * server's own address as the request reached it, so that it is right behind any host name.
     */
    public String getBannerSnippet() {
        if (project == null || project.getId() == null) return null;
        var request = (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        String base = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
        ProjectText bg = project.getTexts().get(Languages.DEFAULT);
        String title = FacesMessages.text("cnt.banner.frameTitle", bg == null ? "" : bg.getTitle());
        return "<iframe src=\"" + base + "/banner/" + project.getId() + "\" width=\"300\" height=\"250\" title=\""
                + Html.escape(title) + "\" style=\"border:0\" loading=\"lazy\"></iframe>";
    }
    public boolean isNew() { return project == null; }
    public Project getProject() { return project; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ContractNumber getContractNumber() { return contractNumber; }
    public void setContractNumber(ContractNumber contractNumber) { this.contractNumber = contractNumber; }
    /** The title and summary per language. */
    public TranslatedText getTexts() { return texts; }
    public String getFundingScheme() { return fundingScheme; }
    public void setFundingScheme(String fundingScheme) { this.fundingScheme = fundingScheme; }
    public Fund getFund() { return fund; }
    public void setFund(Fund fund) { this.fund = fund; }
    public Long getBeneficiaryId() { return beneficiaryId; }
    public void setBeneficiaryId(Long beneficiaryId) { this.beneficiaryId = beneficiaryId; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public ProjectStatus getStatus() { return status; }
    public void setStatus(ProjectStatus status) { this.status = status; }
    public List<Organisation> getBeneficiaries() { return beneficiaries; }
    public IndicatorForm getIndicator() { return indicator; }
    public Fund[] getFunds() { return Fund.values(); }
    public Region[] getRegions() { return Region.values(); }
    public ProjectStatus[] getStatuses() { return ProjectStatus.values(); }
    public IndicatorUnit[] getUnits() { return IndicatorUnit.values(); }
    public IndicatorSource[] getSources() { return IndicatorSource.values(); }
    public IndicatorMeasure[] getMeasures() { return IndicatorMeasure.values(); }
    public EventKind[] getEventKinds() { return EventKind.values(); }
    public PublicityKind[] getMaterialKinds() { return PublicityKind.values(); }

    public List<TargetGroup> getTargetGroups() {
        if (targetGroups == null) targetGroups = registrations.targetGroups();
        return targetGroups;
    }

    /** The checklist's rules the project does not meet yet: what the page lists as still missing. */
    public List<ComplianceItem> getMissingItems() { return missingItems; }
    public int getComplianceItemCount() { return ComplianceItem.values().length; }
}
