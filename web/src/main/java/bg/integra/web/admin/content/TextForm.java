package bg.integra.web.admin.content;

import bg.integra.content.ContentText;

import java.io.Serializable;

/** Title, summary and body of one language as typed. */
public class TextForm implements Serializable {
    private String title;
    private String summary;
    private String body;

    static TextForm of(ContentText text) {
        TextForm form = new TextForm();
        if (text != null) {
            form.title = text.getTitle();
            form.summary = text.getSummary();
            form.body = text.getBody();
        }
        return form;
    }

    boolean isBlankTitle() { return title == null || title.isBlank(); }
    boolean hasSummaryOrBody() { return (summary != null && !summary.isBlank()) || (body != null && !body.isBlank()); }
    /** The body as typed: the service sanitises it before it is stored. */
    ContentText toText() { return new ContentText(title, summary, body); }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
