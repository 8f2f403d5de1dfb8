package bg.integra.web.common;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A back-office table ({@code p:dataTable lazy="true"}) over a service's list paged in the database: PrimeFaces asks
 * for the count and for one page at a time, and finds a row again by its key among the rows of the page shown. The
 * backing bean says only how to read a page (its filters are its own fields, read when the table asks) and what a
 * row's key is; the table's own sort and filter metadata are not used, as the services order and filter themselves.
 *
 * @param <T> the rows' type
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    /** Reads one page of the list, as the bean's filters stand now. Serializable: it lives in a view-scoped bean. */
    @FunctionalInterface
    public interface Reader<T> extends Serializable {
        Page<? extends T> read(PageRequest request);
    }

    /** A row's key, unique within the list (usually its id). */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Reader<T> reader;
    private final Key<T> key;

    private PagedModel(Reader<T> reader, Key<T> key) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.key = Objects.requireNonNull(key, "key");
    }

    public static <T> PagedModel<T> of(Reader<T> reader, Key<T> key) {
        return new PagedModel<>(reader, key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) reader.read(new PageRequest(0, 1)).totalItems();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, PageRequest.MAX_SIZE);
        Page<? extends T> page = reader.read(new PageRequest(first / size, size));
        setRowCount((int) page.totalItems());
        return new ArrayList<>(page.items());
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
