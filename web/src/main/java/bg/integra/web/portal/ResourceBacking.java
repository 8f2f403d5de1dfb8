package bg.integra.web.portal;

import bg.integra.resource.Resource;
import bg.integra.resource.ResourceService;
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
    Resource find(String slug) {
        return resources.resource(slug);
    }
}
