package bg.integra.web.resource;

import bg.integra.resource.Resource;
import bg.integra.resource.ResourceService;
import bg.integra.web.portal.ContentPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /resources/{slug}: one material of the library and its file. */
@Named
@RequestScoped
public class ResourceBacking extends ContentPage<Resource> {

    @Inject
    private ResourceService resources;

    @Override
    protected Resource find(String slug) {
        return resources.resource(slug);
    }
}
