package bg.integra.web.admin.content;

import bg.integra.common.Languages;
import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.info.Topic;
import bg.integra.resource.Resource;
import bg.integra.resource.ResourceKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** A resource's own fields: its kind, topic, the language of the material and how many copies were printed. */
@Named
@ViewScoped
public class ResourceFields implements ContentFields {

    private ResourceKind kind = ResourceKind.HANDBOOK;
    private Topic topic;
    private String materialLanguage = Languages.DEFAULT;
    private Integer printRun;

    @Override
    public Content create(ContentText bulgarian) {
        return new Resource(kind, bulgarian);
    }

    @Override
    public void fill(Content content) {
        Resource r = (Resource) content;
        kind = r.getKind();
        topic = r.getTopic();
        materialLanguage = r.getMaterialLanguage();
        printRun = r.getPrintRun();
    }

    @Override
    public void apply(Content content) {
        Resource r = (Resource) content;
        r.setKind(kind);
        r.setTopic(topic);
        r.setMaterialLanguage(materialLanguage);
        r.setPrintRun(printRun);
    }

    public ResourceKind getKind() { return kind; }
    public void setKind(ResourceKind kind) { this.kind = kind; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public String getMaterialLanguage() { return materialLanguage; }
    public void setMaterialLanguage(String materialLanguage) { this.materialLanguage = materialLanguage; }
    public Integer getPrintRun() { return printRun; }
    public void setPrintRun(Integer printRun) { this.printRun = printRun; }
    public ResourceKind[] getKinds() { return ResourceKind.values(); }
}
