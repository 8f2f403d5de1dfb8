package bg.integra.search;

import java.util.List;

/** A page of search results, the total found and the words that were searched for (after folding). */
public record SearchResult(List<SearchHit> hits, int page, int size, long total, List<String> terms) {

    public long totalPages() {
        return total == 0 ? 0 : (total + size - 1) / size;
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
