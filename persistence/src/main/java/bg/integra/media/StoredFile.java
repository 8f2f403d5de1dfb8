package bg.integra.media;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An uploaded picture or document, as checked and described by the server: its real type, size, pixel size
 * and a digest. The bytes (and a thumbnail for pictures) are in {@link FileData}, read only when the file is
 * sent, so that pages listing files never load them. A stored file never changes; a new upload is a new file,
 * which lets browsers keep it for good.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    public static final int NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "stored_file_seq", sequenceName = "stored_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "file_name", length = NAME_LENGTH, nullable = false)
    private String fileName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", length = MediaType.LENGTH, nullable = false)
    private MediaType mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "width")
    private Integer width;

    @Column(name = "height")
    private Integer height;

    @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected StoredFile() {
    }

    public StoredFile(String fileName, MediaType mediaType, long size, Integer width, Integer height, String sha256) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.size = size;
        this.width = width;
        this.height = height;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.createdAt = LocalDateTime.now(java.time.ZoneOffset.UTC);
    }

    public boolean isImage() {
        return mediaType.isImage();
    }

    /** The address under which the portal serves the file. */
    public String getPath() {
        return "/media/" + id + "/" + fileName;
    }

    /** The address of the thumbnail (pictures only). */
    public String getThumbnailPath() {
        return "/media/" + id + "/thumbnail";
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public MediaType getMediaType() { return mediaType; }
    public long getSize() { return size; }
    public Integer getWidth() { return width; }
    public Integer getHeight() { return height; }
    public String getSha256() { return sha256; }
    public LocalDateTime getCreatedAt() { return createdAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredFile f && id != null && id.equals(f.id);
    }

    @Override
    public int hashCode() {
        return StoredFile.class.hashCode();
    }
}
