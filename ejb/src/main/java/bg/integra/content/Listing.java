package bg.integra.content;

import bg.integra.common.Filtered;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.ReadOnly;
import jakarta.persistence.EntityManager;

/**
 * A list of published content of one kind ({@link Filtered}, published only), with each item's texts and
 * pictures loaded: the shared shape of the public lists of news, events, resources and information. Its items are
 * {@link ReadOnly}: the lists only show them.
 */
public final class Listing<T extends Content> {

    private final Filtered<T> list;

    public Listing(Class<T> kind, String alias) {
        this.list = Filtered.of(kind, alias).where(alias + ".status = bg.integra.content.PublicationStatus.PUBLISHED").readOnly();
    }

    /** Adds {@code condition} with its parameter when the value is not null. */
    public Listing<T> filter(String condition, String parameter, Object value) {
        list.where(condition, parameter, value);
        return this;
    }

    /** A relationship read for the whole page at once ({@link Filtered#batch}). */
    public Listing<T> batch(String path) {
        list.batch(path);
        return this;
    }

    public Page<T> page(EntityManager em, String orderBy, PageRequest request) {
        Page<T> page = list.page(em, orderBy, request);
        page.items().forEach(ContentService::load);
        return page;
    }
}
