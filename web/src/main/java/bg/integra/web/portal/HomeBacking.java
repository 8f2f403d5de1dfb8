package bg.integra.web.portal;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.project.Project;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The portal's home page: the projects of the network, a page at a time. */
@Named
@RequestScoped
public class HomeBacking {

    static final int PAGE_SIZE = 12;

    @Inject
    private ProjectService projects;

    /** One-based page number from the address; anything odd shows the first page. */
    private String pageParameter;
    private Page<Project> page;

    public void load() {
        int number = 1;
        try {
            number = Math.max(1, Math.min(10_000, Integer.parseInt(pageParameter == null ? "1" : pageParameter)));
        } catch (NumberFormatException e) {
            // an odd page number in a shared link shows the first page rather than an error
        }
        page = projects.search(ProjectQuery.all(), new PageRequest(number - 1, PAGE_SIZE));
    }

    public java.util.List<Project> getProjects() { return page.items(); }
    public long getTotalPages() { return page.totalPages(); }
    public int getPageNumber() { return page.page() + 1; }
    public boolean isHasPrevious() { return page.page() > 0; }
    public boolean isHasNext() { return page.page() + 1 < page.totalPages(); }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
}
