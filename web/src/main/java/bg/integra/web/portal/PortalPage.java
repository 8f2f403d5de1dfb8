package bg.integra.web.portal;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.content.Content;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the portal's pages share: the page's language, reading the parameters of a shared link leniently (an odd
 * value shows the unfiltered first page rather than an error), paging links that keep the filters and the
 * language, and the real 404 page for an address that names nothing.
 */
public abstract class PortalPage {

    protected static final int MAX_PAGE = 10_000;

    @Inject
    protected PortalLanguage language;

    /** One-based page number from the address; anything odd is the first page. */
    protected static int pageNumber(String parameter) {
        if (parameter == null) return 1;
        try {
            return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(parameter.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    protected static PageRequest pageRequest(String parameter, int size) {
        return new PageRequest(pageNumber(parameter) - 1, size);
    }

    /** The constant an address names, or null (no filter) when it names none. */
    protected static <E extends Enum<E>> E option(Class<E> type, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    protected static Long id(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An address on this site with the given parameters (null values left out), in the page's language. */
    protected String link(String path, Map<String, ?> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value instanceof Enum<?> e ? e.name() : value.toString(), StandardCharsets.UTF_8));
            }
        });
        return language.href(path + query);
    }

    /** The pager of a list whose other parameters (filters) are {@code parameters}. */
    protected Pager pager(Page<?> page, String path, Map<String, ?> parameters) {
        int number = page.page() + 1;
        return new Pager(number, page.totalPages(),
                number > 1 ? link(path, withPage(parameters, number - 1)) : null,
                number < page.totalPages() ? link(path, withPage(parameters, number + 1)) : null);
    }

    private static Map<String, Object> withPage(Map<String, ?> parameters, int number) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put("page", number == 1 ? null : number);
        return all;
    }

    /** The first item of a list that has a picture: the one picture loaded at once, the others when scrolled to. */
    protected static Content firstWithCover(List<? extends Content> items) {
        return items.stream().filter(c -> c.getCover() != null).findFirst().orElse(null);
    }

    /** Answers with the portal's 404 page in the page's language instead of rendering this view. */
    protected static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
