package bg.integra.network;

import jakarta.persistence.EntityManager;

/**
 * Keeps {@link LocationOffer}, the languages help is given in at each of a member's locations (its own and its active
 * services'), after a change of that member's directory records. Every writer of locations or services calls
 * {@link #refresh} in its transaction, after its changes; a service is offered only at its own organisation's
 * locations, so one organisation's rows are all a change can move. Two statements for the organisation's few
 * locations; the directory's language filter is then one index lookup instead of a join over every service.
 */
public final class DirectoryOffers {

    private DirectoryOffers() {
    }

    /**
     * Locks the member's row until the commit: two writes of one member at once would each delete, then insert the
     * same rows, and the second insert would break the key. A writer that may run beside another of the same member
     * takes its turn first, before it writes anything ({@code DirectoryWrites}); {@link #refresh} takes it too (held
     * already, it costs nothing).
     */
    public static void takeTurn(EntityManager em, long organisationId) {
        em.createNativeQuery("SELECT id FROM organisation WHERE id = ?1 FOR UPDATE").setParameter(1, organisationId)
                .getResultList();
    }

    /** Writes the organisation's changes so far, then its locations' offers again from them. */
    public static void refresh(EntityManager em, long organisationId) {
        em.flush();
        takeTurn(em, organisationId);
        em.createNativeQuery("DELETE FROM network_location_offer WHERE location_id IN"
                        + " (SELECT id FROM network_location WHERE organisation_id = ?1)")
                .setParameter(1, organisationId).executeUpdate();
        em.createNativeQuery("INSERT INTO network_location_offer (location_id, code)"
                        + " SELECT c.location_id, c.code FROM network_location_language c"
                        + " JOIN network_location l ON l.id = c.location_id WHERE l.organisation_id = ?1"
                        + " UNION"
                        + " SELECT a.location_id, c.code FROM service_at_location a"
                        + " JOIN network_service s ON s.id = a.service_id"
                        + " JOIN network_service_language c ON c.service_id = s.id"
                        + " JOIN network_location l ON l.id = a.location_id"
                        + " WHERE s.status = 'ACTIVE' AND l.organisation_id = ?1")
                .setParameter(1, organisationId).executeUpdate();
    }
}
