package bg.integra.web.resource;

import bg.integra.change.Tags;
import bg.integra.common.Languages;
import bg.integra.common.Page;
import bg.integra.content.ContentType;
import bg.integra.info.Topic;
import bg.integra.project.Project;
import bg.integra.resource.Resource;
import bg.integra.resource.ResourceKind;
import bg.integra.resource.ResourceService;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.Pager;
import bg.integra.web.portal.PortalPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /resources: the library of materials, filtered by topic, language of the material, kind and project. */
@Named
@RequestScoped
public class ResourcesBacking extends PortalPage {

    static final int PAGE_SIZE = 12;

    @Inject
    private ResourceService resources;

    private String pageParameter;
    private String topicParameter;
    private String languageParameter;
    private String kindParameter;
    private String projectParameter;
    private Topic topic;
    private String materialLanguage;
    private ResourceKind kind;
    private Long project;
    private Page<Resource> page;
    private List<Project> projects;

    public void load() {
        PageTags.declare(Tags.list(ContentType.RESOURCE), Tags.PROJECTS);
        topic = option(Topic.class, topicParameter);
        kind = option(ResourceKind.class, kindParameter);
        materialLanguage = languageParameter != null && Languages.PORTAL.contains(languageParameter) ? languageParameter : null;
        project = id(projectParameter);
        page = resources.resources(kind, topic, materialLanguage, project, pageRequest(pageParameter, PAGE_SIZE));
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("topic", topic);
        filters.put("language", materialLanguage);
        filters.put("kind", kind);
        filters.put("project", project);
        return filters;
    }

    /** The projects that have materials, by their title in the page's language. */
    public List<Project> getProjects() {
        if (projects == null) {
            String lang = language.getLang();
            Collator collator = Collator.getInstance(language.getLocale());
            projects = resources.projects().stream()
                    .sorted(Comparator.comparing((Project p) -> p.text(lang).getTitle(), collator)).toList();
        }
        return projects;
    }

    public List<Resource> getResources() { return page.items(); }
    public Pager getPager() { return pager(page, "/resources", filters()); }
    public Topic[] getTopics() { return Topic.values(); }
    public ResourceKind[] getKinds() { return ResourceKind.values(); }
    public List<String> getLanguages() { return Languages.PORTAL; }
    public Topic getTopic() { return topic; }
    public String getMaterialLanguage() { return materialLanguage; }
    public ResourceKind getKind() { return kind; }
    public Long getProject() { return project; }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
    public String getTopicParameter() { return topicParameter; }
    public void setTopicParameter(String topicParameter) { this.topicParameter = topicParameter; }
    public String getLanguageParameter() { return languageParameter; }
    public void setLanguageParameter(String languageParameter) { this.languageParameter = languageParameter; }
    public String getKindParameter() { return kindParameter; }
    public void setKindParameter(String kindParameter) { this.kindParameter = kindParameter; }
    public String getProjectParameter() { return projectParameter; }
    public void setProjectParameter(String projectParameter) { this.projectParameter = projectParameter; }
}
