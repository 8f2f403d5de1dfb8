package bg.integra.rest.common;

import bg.integra.common.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a list in the API; {@code page} is zero-based. */
public record PageDto<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <E, T> PageDto<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageDto<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.totalItems(),
                page.totalPages());
    }
}
