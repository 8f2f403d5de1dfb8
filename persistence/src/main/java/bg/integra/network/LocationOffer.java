package bg.integra.network;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.io.Serializable;
import java.util.Objects;

/**
 * A language help is given in at a location: its own or that of an active service offered there. Derived data, read
 * only by the directory's language filter and written only by {@code DirectoryOffers} after each change of a member's
 * records; never loaded or written through JPA, hence no version and no cache.
 */
@Entity
@ReadOnly
@Cacheable(false)
@IdClass(LocationOffer.Key.class)
@Table(name = "network_location_offer")
public class LocationOffer {

    @Id
    @Column(name = "location_id")
    private Long locationId;

    @Id
    @Column(name = "code", length = 8)
    private String code;

    protected LocationOffer() {
    }

    public Long getLocationId() { return locationId; }
    public String getCode() { return code; }

    /** The composite key (a class with a no-argument constructor, as JPA wants of an id class). */
    public static class Key implements Serializable {
        private Long locationId;
        private String code;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(locationId, k.locationId) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(locationId, code);
        }
    }
}
