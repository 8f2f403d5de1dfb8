package bg.integra.rest.hsds;

import bg.integra.common.Page;
import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list as HSDS's {@code Page} schema has it: {@code page_number} counts from 1, {@code size} is the
 * number of entities on this page, and {@code contents} holds them.
 */
public record HsdsPage<T>(@JsonbProperty("total_items") long totalItems,
                          @JsonbProperty("total_pages") long totalPages,
                          @JsonbProperty("page_number") int pageNumber,
                          int size,
                          @JsonbProperty("first_page") boolean firstPage,
                          @JsonbProperty("last_page") boolean lastPage,
                          boolean empty,
                          List<T> contents) {

    public static <E, T> HsdsPage<T> of(Page<E> page, Function<E, T> mapper) {
        List<T> contents = page.items().stream().map(mapper).toList();
        int number = page.page() + 1;
        return new HsdsPage<>(page.totalItems(), page.totalPages(), number, contents.size(), number == 1,
                number >= page.totalPages(), contents.isEmpty(), contents);
    }
}
