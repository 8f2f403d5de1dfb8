package bg.integra.legacy;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * An address of the old platform that must keep working: a key such as {@code siteKey=1742-12} of
 * {@code Main.do}, printed on handbooks and posters, and where it now leads. Kept as data so that staff can
 * add the keys they find without a release.
 */
@Entity
@Table(name = "legacy_address")
@NamedQuery(name = LegacyAddress.FIND_BY_KEY,
        query = "SELECT l FROM LegacyAddress l WHERE l.parameter = :parameter AND l.keyValue = :keyValue")
@NamedQuery(name = LegacyAddress.FIND_ALL,
        query = "SELECT l FROM LegacyAddress l ORDER BY l.parameter, l.keyValue")
public class LegacyAddress {

    public static final String FIND_BY_KEY = "LegacyAddress.findByKey";
    public static final String FIND_ALL = "LegacyAddress.findAll";
    public static final int PARAMETER_LENGTH = 40;
    public static final int KEY_LENGTH = 100;
    public static final int TARGET_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "legacy_address_seq", sequenceName = "legacy_address_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legacy_address_seq")
    private Long id;

    @Version
    private long version;

    /** The query parameter of {@code Main.do} that carried the key: {@code siteKey} or {@code menuItemKey}. */
    @NotBlank
    @Size(max = PARAMETER_LENGTH)
    @Column(name = "parameter", length = PARAMETER_LENGTH, nullable = false)
    private String parameter;

    @NotBlank
    @Size(max = KEY_LENGTH)
    @Column(name = "key_value", length = KEY_LENGTH, nullable = false)
    private String keyValue;

    /** A path on this site, starting with a slash. */
    @NotBlank
    @Size(max = TARGET_LENGTH)
    @Pattern(regexp = "/[^\\s]*")
    @Column(name = "target_path", length = TARGET_LENGTH, nullable = false)
    private String targetPath;

    protected LegacyAddress() {
    }

    public LegacyAddress(String parameter, String keyValue, String targetPath) {
        this.parameter = Objects.requireNonNull(parameter);
        this.keyValue = Objects.requireNonNull(keyValue);
        this.targetPath = Objects.requireNonNull(targetPath);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getParameter() { return parameter; }
    public String getKeyValue() { return keyValue; }
    public String getTargetPath() { return targetPath; }
    public void setTargetPath(String targetPath) { this.targetPath = targetPath; }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegacyAddress l && parameter.equals(l.parameter) && keyValue.equals(l.keyValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameter, keyValue);
    }
}
