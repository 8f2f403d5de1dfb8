package bg.integra.info;

import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

/**
 * Information for immigrants on one {@link Topic} (residence, work, health …), with one translation per
 * language; a reader whose language is missing sees Bulgarian or English with a notice saying so.
 */
@Entity
@Table(name = "info_article")
@DiscriminatorValue("INFO")
@NamedQuery(name = InfoArticle.FIND_PUBLISHED,
        query = "SELECT i FROM InfoArticle i WHERE i.status = bg.integra.content.PublicationStatus.PUBLISHED ORDER BY i.position, i.id")
public class InfoArticle extends Content {

    public static final String FIND_PUBLISHED = "InfoArticle.findPublished";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = Topic.LENGTH, nullable = false)
    private Topic topic;

    /** Order on the /info page. */
    @Column(name = "position", nullable = false)
    private int position;

    protected InfoArticle() {
    }

    public InfoArticle(Topic topic, ContentText bulgarian) {
        super(bulgarian);
        this.topic = Objects.requireNonNull(topic, "topic");
        this.position = topic.ordinal();
    }

    @Override
    public ContentType contentType() {
        return ContentType.INFO;
    }

    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; touch(); }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; touch(); }
}
