package bg.integra.web.admin.content;

import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.time.LocalDate;

/** A news item's own fields: its kind, and for a press publication the newspaper and the issue's date. */
@Named
@ViewScoped
public class NewsFields implements ContentFields {

    private ArticleKind kind = ArticleKind.NEWS;
    private String newspaper;
    private LocalDate issueDate;

    @Override
    public Content create(ContentText bulgarian) {
        return new Article(kind, bulgarian);
    }

    @Override
    public void fill(Content content) {
        Article a = (Article) content;
        kind = a.getKind();
        newspaper = a.getNewspaper();
        issueDate = a.getIssueDate();
    }

    @Override
    public void apply(Content content) {
        Article a = (Article) content;
        a.setKind(kind);
        a.setNewspaper(newspaper);
        a.setIssueDate(issueDate);
    }

    public ArticleKind getKind() { return kind; }
    public void setKind(ArticleKind kind) { this.kind = kind; }
    public String getNewspaper() { return newspaper; }
    public void setNewspaper(String newspaper) { this.newspaper = newspaper; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public ArticleKind[] getKinds() { return ArticleKind.values(); }
}
