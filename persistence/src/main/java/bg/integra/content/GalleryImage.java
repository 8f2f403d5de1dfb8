package bg.integra.content;

import bg.integra.common.Languages;
import bg.integra.common.Text;
import bg.integra.common.Translated;
import bg.integra.common.Translations;
import bg.integra.media.StoredFile;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A photo in the gallery of an event or article, with its alt text and caption per language. */
@Entity
@Table(name = "gallery_image")
public class GalleryImage implements Translated<ImageText> {

    @Id
    @SequenceGenerator(name = "gallery_image_seq", sequenceName = "gallery_image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gallery_image_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "content_id", nullable = false)
    private Content content;

    @NotNull
    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "file_id", nullable = false)
    private StoredFile file;

    @Column(name = "position", nullable = false)
    private int position;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "gallery_image_text", joinColumns = @JoinColumn(name = "image_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    private Map<String, @Valid ImageText> texts = new HashMap<>();

    protected GalleryImage() {
    }

    GalleryImage(Content content, StoredFile file, ImageText bulgarian, int position) {
        this.content = Objects.requireNonNull(content, "content");
        this.file = Objects.requireNonNull(file, "file");
        this.texts.put(Languages.DEFAULT, Objects.requireNonNull(bulgarian, "bulgarian"));
        this.position = position;
    }

    /** Sets or, with a blank alt text, removes the text in a language other than Bulgarian. */
    public void setText(String lang, String alt, String caption) {
        Translations.set(texts, lang, Text.blankToNull(alt) == null ? null : new ImageText(alt, caption));
    }

    public Long getId() { return id; }
    public Content getContent() { return content; }
    public StoredFile getFile() { return file; }
    public int getPosition() { return position; }
    void setPosition(int position) { this.position = position; }
    @Override
    public Map<String, ImageText> getTexts() { return Collections.unmodifiableMap(texts); }

    @Override
    public boolean equals(Object o) {
        return o instanceof GalleryImage g && id != null && id.equals(g.id);
    }

    @Override
    public int hashCode() {
        return GalleryImage.class.hashCode();
    }
}
