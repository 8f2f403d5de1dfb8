package bg.integra.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A filtered, paged list of one entity read in the database, with its count ({@link Counts}): the one shape of
 * every list that a page or the API shows. Conditions whose value is null are left out, so a service writes each
 * optional filter on one line; text is matched with {@link #containing}, which escapes LIKE's wildcards.
 *
 * <pre>{@code
 * Filtered.of(AuditEntry.class, "a")
 *         .where("a.username = :user", "user", query.username())
 *         .where("a.occurredAt >= :from", "from", from)
 *         .page(em, "a.occurredAt DESC, a.id DESC", request);
 * }</pre>
 */
public final class Filtered<T> {

    /** The ESCAPE clause that goes with a parameter made by {@link #containing}. */
    public static final String ESCAPE = " ESCAPE '\\'";

    private final Class<T> entity;
    private final String alias;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> orderParameters = new LinkedHashMap<>();
    private String fetch = "";
    private final List<String> batches = new ArrayList<>();
    private boolean readOnly;

    private Filtered(Class<T> entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    public static <T> Filtered<T> of(Class<T> entity, String alias) {
        return new Filtered<>(entity, alias);
    }

    /** A condition that always applies (it names no parameter, or only constants). */
    public Filtered<T> where(String condition) {
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(condition);
        return this;
    }

    /** A condition with one parameter, left out when the value is null. */
    public Filtered<T> where(String condition, String parameter, Object value) {
        if (value == null) return this;
        where(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** A condition with several parameters, left out when any of them is null. */
    public Filtered<T> where(String condition, Map<String, ?> values) {
        if (values.values().stream().anyMatch(Objects::isNull)) return this;
        where(condition);
        parameters.putAll(values);
        return this;
    }

    /** A parameter of the ORDER BY clause only (a point to rank by distance from); the count does not see it. */
    public Filtered<T> orderParameter(String parameter, Object value) {
        orderParameters.put(parameter, Objects.requireNonNull(value, parameter));
        return this;
    }

    /** Joins that load what each item shows with it ({@code JOIN FETCH p.beneficiary}); the count leaves them out. */
    public Filtered<T> fetch(String joins) {
        this.fetch = " " + joins;
        return this;
    }

    /**
     * A relationship of the items read for the whole page in one more statement when the first item touches it
     * ({@code e.trainers}), for a mapping that cannot carry {@code @BatchFetch} itself.
     */
    public Filtered<T> batch(String path) {
        batches.add(path);
        return this;
    }

    /** The items are only shown, never changed: EclipseLink hands out its shared copies ({@link ReadOnly}). */
    public Filtered<T> readOnly() {
        this.readOnly = true;
        return this;
    }

    public Page<T> page(EntityManager em, String orderBy, PageRequest request) {
        String from = " FROM " + entity.getSimpleName() + " " + alias;
        TypedQuery<T> select = em.createQuery("SELECT " + alias + from + fetch + where + " ORDER BY " + orderBy, entity);
        String countJpql = "SELECT COUNT(" + alias + ")" + from + where;
        TypedQuery<Long> count = em.createQuery(countJpql, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        orderParameters.forEach(select::setParameter);
        if (readOnly) ReadOnly.query(select);
        if (!batches.isEmpty()) select.setHint("eclipselink.batch.type", "IN");
        batches.forEach(path -> select.setHint("eclipselink.batch", path));
        List<T> items = select.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), Counts.of(countJpql, parameters, count));
    }

    /** A LIKE pattern for text anywhere in a value, its wildcards escaped (use with {@link #ESCAPE}); null for none. */
    public static String containing(String text) {
        if (text == null || text.isEmpty()) return null;
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
