package bg.integra.opendata;

import bg.integra.common.ReadOnly;
import bg.integra.knowledge.Practice;
import bg.integra.network.Location;
import bg.integra.network.Service;
import bg.integra.organisation.Organisation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Reads everything the open data publish, a chunk at a time in the order of the ids (the next chunk starts after
 * the last id of the one before), so that a directory of tens of thousands of rows is never one result in memory.
 * What the portal and the API show, and nothing else: members of the network (an organisation with a slug) with
 * their locations and services, and published practices. Reads are read-only: the objects come from the shared
 * cache and must not be changed.
 * <p>
 * A chunk is {@link #CHUNK} rows, the size of EclipseLink's IN batch fetching: the rows' texts, languages, hours,
 * links and organisations (what the mappings batch-fetch) are then read in one statement each for the whole chunk
 * when first touched. So a dataset costs a fixed number of statements per chunk, never one per row.
 */
@Stateless
@PermitAll
public class OpenDataReader {

    /** Rows per chunk; EclipseLink's default IN batch size, so that one chunk's children are one statement. */
    public static final int CHUNK = 500;

    private static final String PUBLISHED = "bg.integra.knowledge.KnowledgeStatus.PUBLISHED";

    @PersistenceContext
    private EntityManager em;

    /** Members of the network with an id above {@code after}, by id. */
    public List<Organisation> members(long after) {
        return chunk("SELECT o FROM Organisation o WHERE o.slug IS NOT NULL AND o.id > :after ORDER BY o.id",
                Organisation.class, after);
    }

    /** Locations of members with an id above {@code after}, by id. */
    public List<Location> locations(long after) {
        return chunk("SELECT l FROM Location l WHERE l.organisation.slug IS NOT NULL AND l.id > :after ORDER BY l.id",
                Location.class, after);
    }

    /** Services of members, in any status (HSDS tells the status), with an id above {@code after}, by id. */
    public List<Service> services(long after) {
        return chunk("SELECT s FROM Service s WHERE s.organisation.slug IS NOT NULL AND s.id > :after ORDER BY s.id",
                Service.class, after);
    }

    /** Published practices with an id above {@code after}, by id. */
    public List<Practice> practices(long after) {
        return chunk("SELECT p FROM Practice p WHERE p.status = " + PUBLISHED + " AND p.id > :after ORDER BY p.id",
                Practice.class, after);
    }

    private <T> List<T> chunk(String jpql, Class<T> type, long after) {
        return ReadOnly.query(em.createQuery(jpql, type)).setParameter("after", after).setMaxResults(CHUNK).getResultList();
    }
}
