package bg.integra.content;

import bg.integra.common.Counts;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.ReadOnly;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL list of published content of one kind, built from optional filters, with its count: the shared shape
 * of the public lists of news, events and resources. Its items are {@link ReadOnly}: the lists only show them.
 */
public final class Listing<T extends Content> {

    private final Class<T> kind;
    private final String alias;
    private final StringBuilder where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Listing(Class<T> kind, String alias) {
        this.kind = kind;
        this.alias = alias;
        this.where = new StringBuilder(" WHERE " + alias + ".status = bg.integra.content.PublicationStatus.PUBLISHED");
    }

    /** Adds {@code condition} with its parameter when the value is not null. */
    public Listing<T> filter(String condition, String parameter, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    public Page<T> page(EntityManager em, String orderBy, PageRequest request) {
        String from = " FROM " + kind.getSimpleName() + " " + alias + where;
        TypedQuery<T> select = em.createQuery("SELECT " + alias + from + " ORDER BY " + orderBy, kind);
        String countJpql = "SELECT COUNT(" + alias + ")" + from;
        TypedQuery<Long> count = em.createQuery(countJpql, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<T> items = ReadOnly.query(select).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        items.forEach(ContentService::load);
        return new Page<>(items, request.page(), request.size(), Counts.of(countJpql, parameters, count));
    }
}
