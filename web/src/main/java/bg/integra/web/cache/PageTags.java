package bg.integra.web.cache;

import bg.integra.change.Tags;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletRequest;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What the page being rendered shows, declared by its backing bean as it loads ({@link #declare}) and read by the
 * page cache when the page is kept. A page that declares nothing depends on everything.
 */
public final class PageTags {

    private static final String ATTRIBUTE = PageTags.class.getName();

    private PageTags() {
    }

    /** Adds tags to the page of the current Faces request. */
    public static void declare(String... tags) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getExternalContext().getRequest() instanceof ServletRequest request) {
            declare(request, tags);
        }
    }

    @SuppressWarnings("unchecked")
    public static void declare(ServletRequest request, String... tags) {
        Set<String> declared = (Set<String>) request.getAttribute(ATTRIBUTE);
        if (declared == null) {
            declared = new HashSet<>();
            request.setAttribute(ATTRIBUTE, declared);
        }
        declared.addAll(Arrays.asList(tags));
    }

    /** The tags declared for this request, or {@link Tags#EVERYTHING} when none were. */
    @SuppressWarnings("unchecked")
    public static Set<String> of(ServletRequest request) {
        Set<String> declared = (Set<String>) request.getAttribute(ATTRIBUTE);
        return declared == null || declared.isEmpty() ? Set.of(Tags.EVERYTHING) : Set.copyOf(declared);
    }
}
