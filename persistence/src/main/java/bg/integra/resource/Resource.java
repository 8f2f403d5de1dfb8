package bg.integra.resource;

import bg.integra.common.Languages;
import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import bg.integra.info.Topic;
import bg.integra.media.StoredFile;
import jakarta.persistence.*;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.Objects;

/**
 * A material of the resources library: a handbook, brochure, banner or other printed or electronic material,
 * filed under a topic, written in one language, with its print run and a file to download.
 */
@Entity
@Table(name = "resource")
@DiscriminatorValue("RESOURCE")
public class Resource extends Content {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = ResourceKind.LENGTH, nullable = false)
    private ResourceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = Topic.LENGTH)
    private Topic topic;

    /** The language the material itself is written in (its description may be translated into others). */
    @NotNull
    @Size(max = Languages.CODE_LENGTH)
    @Column(name = "material_lang", length = Languages.CODE_LENGTH, nullable = false)
    private String materialLanguage = Languages.DEFAULT;

    @Min(0)
    @Column(name = "print_run")
    private Integer printRun;

    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "file_id")
    private StoredFile file;

    protected Resource() {
    }

    public Resource(ResourceKind kind, ContentText bulgarian) {
        super(bulgarian);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public ContentType contentType() {
        return ContentType.RESOURCE;
    }

    public ResourceKind getKind() { return kind; }
    public void setKind(ResourceKind kind) { this.kind = kind; touch(); }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; touch(); }
    public String getMaterialLanguage() { return materialLanguage; }
    public void setMaterialLanguage(String materialLanguage) { this.materialLanguage = materialLanguage; touch(); }
    public Integer getPrintRun() { return printRun; }
    public void setPrintRun(Integer printRun) { this.printRun = printRun; touch(); }
    public StoredFile getFile() { return file; }
    public void setFile(StoredFile file) { this.file = file; touch(); }
}
