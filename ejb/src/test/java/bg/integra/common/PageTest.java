package bg.integra.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageTest {

    @ParameterizedTest(name = "{0} items in pages of {1} make {2} pages")
    @CsvSource({
            "0, 20, 0",
            "1, 20, 1",
            "19, 20, 1",
            "20, 20, 1",
            "21, 20, 2",
            "40, 20, 2",
            "41, 20, 3",
            "7, 1, 7",
            "100, 100, 1",
            "101, 100, 2",
            "9999999999, 100, 100000000"
    })
    void totalPagesRoundsUp(long totalItems, int size, long expected) {
        assertEquals(expected, new Page<>(List.of(), 0, size, totalItems).totalPages());
    }

    @Test
    void mapKeepsPagingAndConvertsItems() {
        Page<Integer> page = new Page<>(List.of(1, 2, 3), 2, 3, 10);
        Page<String> mapped = page.map(i -> "#" + i);
        assertEquals(List.of("#1", "#2", "#3"), mapped.items());
        assertEquals(2, mapped.page());
        assertEquals(3, mapped.size());
        assertEquals(10, mapped.totalItems());
        assertEquals(4, mapped.totalPages());
    }

    @Test
    void pageRequestAcceptsItsBounds() {
        assertEquals(0, new PageRequest(0, 1).offset());
        assertEquals(0, new PageRequest(0, PageRequest.MAX_SIZE).offset());
        assertEquals(60, new PageRequest(3, 20).offset());
        assertEquals(100 * 999, new PageRequest(999, 100).offset());
    }

    @Test
    void pageRequestRefusesANegativePage() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 20));
    }

    @Test
    void pageRequestRefusesASizeOutsideOneToMax() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, -5));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1));
    }

    @Test
    void anOffsetBeyondIntIsAnErrorNotAWrapAround() {
        assertThrows(ArithmeticException.class, () -> new PageRequest(Integer.MAX_VALUE, 100).offset());
    }

    @Test
    void theDefaultSizeIsAllowed() {
        assertEquals(PageRequest.DEFAULT_SIZE, new PageRequest(0, PageRequest.DEFAULT_SIZE).size());
    }
}
