package bg.integra.project;

import bg.integra.common.Languages;
import bg.integra.common.Translations;
import jakarta.persistence.*;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A category of participant that the projects report on (local authority, NGO, immigrant community …). The set
 * is data, seeded by the migration: the code is stable and used by the API, the names are per language.
 */
@Entity
@Table(name = "target_group")
@NamedQuery(name = TargetGroup.FIND_ALL, query = "SELECT t FROM TargetGroup t ORDER BY t.position")
public class TargetGroup {

    public static final String FIND_ALL = "TargetGroup.findAll";
    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;

    @Id
    @Column(name = "code", length = CODE_LENGTH)
    private String code;

    @Version
    private long version;

    @Column(name = "position", nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "target_group_name", joinColumns = @JoinColumn(name = "target_group_code"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private Map<String, String> names = new HashMap<>();

    protected TargetGroup() {
    }

    public String getCode() { return code; }
    public int getPosition() { return position; }
    public Map<String, String> getNames() { return Collections.unmodifiableMap(names); }

    /** The name in the given language or its fallback ({@link Translations#text}). */
    public String name(String lang) { return Translations.text(names, lang); }

    /** The language {@link #name(String)} gives the name in. */
    public String nameLanguage(String lang) { return Translations.languageOf(names, lang); }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetGroup t && Objects.equals(code, t.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return "TargetGroup[" + code + "]";
    }
}
