package bg.integra.web.search;

import bg.integra.change.Tags;
import bg.integra.common.PageRequest;
import bg.integra.content.ContentType;
import bg.integra.search.SearchHit;
import bg.integra.search.SearchResult;
import bg.integra.search.SearchService;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.PortalLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The portal's site search page ({@code /search?q=…&page=…}): everything published, in every language, ranked
 * by {@link SearchService}. Whatever a visitor or a robot puts in {@code q} is answered normally: the page
 * shows at most {@link #MAX_SHOWN} characters of it, without control characters, and Faces escapes it.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 10;
    static final int MAX_PAGE = 1_000;
    /** The longest query shown back in the form; the search itself reads only the first words anyway. */
    static final int MAX_SHOWN = 200;
    /** Characters that have no place in one line of HTML text: controls, lone surrogates, unassigned. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Cn}\\s]+");

    @Inject
    private SearchService search;

    @Inject
    private PortalLanguage language;

    private String q;
    private String pageParameter;
    private String query = "";
    private SearchResult result;
    private List<Result> hits;

    public void load() {
        // a search may find anything published: projects, members of the network and the knowledge base too
        PageTags.declare(Tags.list(ContentType.NEWS), Tags.list(ContentType.EVENT), Tags.list(ContentType.RESOURCE),
                Tags.list(ContentType.INFO), Tags.PROJECTS, Tags.NETWORK, Tags.KNOWLEDGE, Tags.FORUM);
        query = shown(q);
        if (query.isEmpty()) return;
        int number = 1;
        try {
            number = Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(pageParameter == null ? "1" : pageParameter.strip())));
        } catch (NumberFormatException e) {
            // an odd page number in a shared link shows the first page rather than an error
        }
        result = search.search(query, language.getLang(), new PageRequest(number - 1, PAGE_SIZE));
        if (result.isEmpty() && result.total() > 0) { // past the last page of a shorter list: show the last one
            int last = (int) result.totalPages();
            result = search.search(query, language.getLang(), new PageRequest(last - 1, PAGE_SIZE));
        }
    }

    /** The query as the page shows it: one line of printable text, cut at a whole character. */
    static String shown(String raw) {
        if (raw == null) return "";
        String line = UNPRINTABLE.matcher(raw).replaceAll(" ").strip();
        if (line.codePointCount(0, line.length()) <= MAX_SHOWN) return line;
        return line.substring(0, line.offsetByCodePoints(0, MAX_SHOWN)).strip();
    }

    /**
     * One result as the page shows it. A class with getters rather than the service's record: Jakarta EL 5 does
     * not read record components as properties.
     */
    public final class Result {
        private final SearchHit hit;

        Result(SearchHit hit) {
            this.hit = hit;
        }

        public String getType() { return hit.type(); }
        public String getLang() { return hit.lang(); }
        public String getTitle() { return hit.title(); }
        public String getExtract() { return hit.extract(); }

        /** The portal address of the result, in the page's language. */
        public String getHref() {
            String path = switch (hit.type()) {
                case "PROJECT" -> "/projects/" + hit.key();
                case SearchService.NETWORK -> "/network/" + hit.key();
                case "PRACTICE" -> "/practices/" + hit.key();
                case "CASE" -> "/cases/" + hit.key();
                case "MEASURE" -> "/measures/" + hit.key();
                case "INITIATIVE" -> "/initiatives/" + hit.key();
                case SearchService.FORUM -> "/forum/t/" + hit.key();
                default -> "/" + ContentType.valueOf(hit.type()).path() + "/" + hit.key();
            };
            String href = language.href(path);
            // a reply found in a topic: its page (?post=N) at the reply
            int post = hit.key().indexOf("?post=");
            return post < 0 ? href : href + "#p" + hit.key().substring(post + "?post=".length());
        }

        /** The date in the page's language, or null when the result has none (projects). */
        public String getDate() {
            return hit.date() == null ? null
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()).format(hit.date());
        }

        public String getIsoDate() {
            return hit.date() == null ? null : hit.date().toLocalDate().toString();
        }
    }

    /** Another page of the same search, in the page's language. */
    public String pageHref(int number) {
        return language.href("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + number);
    }

    public boolean isSearched() { return result != null; }
    public List<Result> getHits() {
        if (hits == null) hits = result == null ? List.of() : result.hits().stream().map(Result::new).toList();
        return hits;
    }
    public long getTotal() { return result == null ? 0 : result.total(); }
    public long getTotalPages() { return result == null ? 0 : result.totalPages(); }
    public int getPageNumber() { return result == null ? 1 : result.page() + 1; }
    public int getFirstNumber() { return result == null ? 1 : result.page() * PAGE_SIZE + 1; }
    public boolean isHasPrevious() { return result != null && result.page() > 0; }
    public boolean isHasNext() { return result != null && result.page() + 1 < result.totalPages(); }
    public String getQuery() { return query; }
    public int getMaxLength() { return MAX_SHOWN; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
}
