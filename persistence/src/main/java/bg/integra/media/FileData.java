package bg.integra.media;

import jakarta.persistence.*;

import java.util.Objects;

/** The bytes of a {@link StoredFile} and, for a picture, of its thumbnail (a JPEG or PNG at most 480 px wide). */
@Entity
@Table(name = "file_data")
@Cacheable(false) // megabytes each: read from the database when sent, never kept in the shared cache
public class FileData {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "data", nullable = false)
    private byte[] data;

    @Column(name = "thumbnail")
    private byte[] thumbnail;

    protected FileData() {
    }

    public FileData(StoredFile file, byte[] data, byte[] thumbnail) {
        this.fileId = Objects.requireNonNull(file.getId(), "file id");
        this.data = Objects.requireNonNull(data, "data");
        this.thumbnail = thumbnail;
    }

    public Long getFileId() { return fileId; }
    public byte[] getData() { return data; }
    public byte[] getThumbnail() { return thumbnail; }
}
