package bg.integra.web.admin.content;

import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.info.InfoArticle;
import bg.integra.info.Topic;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** A page of information for immigrants: its topic and its place among the topic's pages. */
@Named
@ViewScoped
public class InformationFields implements ContentFields {

    private Topic topic;
    private Integer position;

    @Override
    public Content create(ContentText bulgarian) {
        return new InfoArticle(topic, bulgarian);
    }

    @Override
    public void fill(Content content) {
        InfoArticle i = (InfoArticle) content;
        topic = i.getTopic();
        position = i.getPosition();
    }

    @Override
    public void apply(Content content) {
        InfoArticle i = (InfoArticle) content;
        i.setTopic(topic);
        if (position != null) i.setPosition(position);
    }

    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
}
