package bg.integra.network;

import jakarta.persistence.*;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.Objects;

/** A service offered at one of its organisation's locations (HSDS {@code service_at_location}); part of the service. */
@Entity
@Table(name = "service_at_location")
public class ServiceAtLocation {

    @Id
    @SequenceGenerator(name = "service_at_location_seq", sequenceName = "service_at_location_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_at_location_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Service service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id", nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Location location;

    protected ServiceAtLocation() {
    }

    ServiceAtLocation(Service service, Location location) {
        this.service = Objects.requireNonNull(service, "service");
        this.location = Objects.requireNonNull(location, "location");
    }

    public Long getId() { return id; }
    public Service getService() { return service; }
    public Location getLocation() { return location; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ServiceAtLocation other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ServiceAtLocation.class.hashCode();
    }
}
