package bg.integra.content;

import bg.integra.common.Folding;
import bg.integra.common.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The title, summary and body of a piece of content in one language. The body is HTML that the service has
 * already sanitised against an allow-list; the folded words of all three are kept for the site search.
 */
@Embeddable
public class ContentText implements Serializable {

    public static final int TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int BODY_LENGTH = 100_000;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Size(max = SUMMARY_LENGTH)
    @Column(name = "summary", length = SUMMARY_LENGTH)
    private String summary;

    @Size(max = BODY_LENGTH)
    @Column(name = "body", length = BODY_LENGTH)
    private String body;

    @Column(name = "search_text", length = BODY_LENGTH + TITLE_LENGTH + SUMMARY_LENGTH, nullable = false)
    private String searchText;

    protected ContentText() {
    }

    /** @param safeBody HTML already sanitised, or null */
    public ContentText(String title, String summary, String safeBody) {
        this.title = Objects.requireNonNull(Text.blankToNull(Objects.requireNonNull(title, "title")), "title");
        this.summary = Text.blankToNull(summary);
        this.body = Text.blankToNull(safeBody);
        String plainBody = body == null ? "" : TAG.matcher(body).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#34;", "\"").replace("&#39;", "'").replace("&quot;", "\"");
        String folded = Folding.fold(this.title) + " | " + Folding.fold(summary) + " | " + Folding.fold(plainBody);
        this.searchText = folded.length() > BODY_LENGTH ? folded.substring(0, BODY_LENGTH) : folded;
    }

    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getSearchText() { return searchText; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentText t && title.equals(t.title) && Objects.equals(summary, t.summary)
                && Objects.equals(body, t.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, summary, body);
    }
}
