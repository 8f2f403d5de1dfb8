package bg.integra.knowledge;

import bg.integra.common.Filtered;
import bg.integra.common.Folding;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.ReadOnly;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads the network's knowledge base for the portal and the API: published good practices, cases, regional
 * measures and initiatives, filtered and paged in the database. A list reads a fixed number of statements per page:
 * the items and their count, then (when touched) their texts, their organisations and the organisations' names, each
 * in one statement for the whole page by the mappings' batch fetching; nothing is join-fetched. An item that is not
 * published is not found, as an unknown one.
 */
@Stateless
@PermitAll
public class KnowledgeService {

    private static final String PUBLISHED = "bg.integra.knowledge.KnowledgeStatus.PUBLISHED";
    private static final String UPCOMING = "bg.integra.knowledge.InitiativeKind.UPCOMING";
    private static final String COMPLETED = "bg.integra.knowledge.InitiativeKind.COMPLETED";

    @PersistenceContext
    private EntityManager em;

    public Page<Practice> practices(@NotNull KnowledgeQuery query, @NotNull PageRequest request) {
        return words(Filtered.of(Practice.class, "p").where("p.status = " + PUBLISHED), "p", query.text())
                .where("p.region = :region", "region", query.region())
                .where("p.audience = :audience", "audience", query.audience())
                .where("p.area = :area", "area", query.area())
                .readOnly()
                .page(em, "p.publishedOn DESC, p.id DESC", request);
    }

    public Page<CaseStudy> cases(@NotNull KnowledgeQuery query, @NotNull PageRequest request) {
        return words(Filtered.of(CaseStudy.class, "c").where("c.status = " + PUBLISHED), "c", query.text())
                .where("c.region = :region", "region", query.region())
                .where("c.area = :area", "area", query.area())
                .readOnly()
                .page(em, "c.publishedOn DESC, c.id DESC", request);
    }

    public Page<Measure> measures(@NotNull KnowledgeQuery query, @NotNull PageRequest request) {
        return words(Filtered.of(Measure.class, "m").where("m.status = " + PUBLISHED), "m", query.text())
                .where("m.region = :region", "region", query.region())
                .where("m.measureStatus = :status", "status", query.status())
                .readOnly()
                .page(em, "m.proposedOn DESC, m.id DESC", request);
    }

    /**
     * The published initiatives: upcoming ones first, soonest first, each listed until it has ended (its end, or its
     * start when it has none: an announcement whose day has passed is no longer news); then completed projects, the
     * most recently ended first.
     */
    public Page<Initiative> initiatives(@NotNull KnowledgeQuery query, @NotNull PageRequest request) {
        LocalDate today = LocalDate.now(KnowledgeItem.ZONE);
        return words(Filtered.of(Initiative.class, "i").where("i.status = " + PUBLISHED), "i", query.text())
                .where("i.region = :region", "region", query.region())
                .where("i.kind = :kind", "kind", query.kind())
                .where("(i.kind = " + COMPLETED + " OR i.period.end >= :today"
                        + " OR (i.period.end IS NULL AND i.period.start >= :today))", "today", today)
                .orderParameter("none", LocalDate.EPOCH)
                .readOnly()
                .page(em, "CASE WHEN i.kind = " + UPCOMING + " THEN 0 ELSE 1 END,"
                        + " CASE WHEN i.kind = " + UPCOMING + " AND i.period.start IS NOT NULL THEN i.period.start ELSE :none END ASC,"
                        + " CASE WHEN i.kind = " + COMPLETED + " AND i.period.end IS NOT NULL THEN i.period.end ELSE :none END DESC,"
                        + " i.id DESC", request);
    }

    public Practice practice(long id) {
        return published(Practice.class, id);
    }

    public CaseStudy caseStudy(long id) {
        return published(CaseStudy.class, id);
    }

    public Measure measure(long id) {
        return published(Measure.class, id);
    }

    /** A published initiative, also one whose day has passed (its address may have been shared). */
    public Initiative initiative(long id) {
        return published(Initiative.class, id);
    }

    /** The published measures that come from this case or practice, newest first. */
    public List<Measure> measuresFrom(@NotNull KnowledgeItem<?> source) {
        String path = source instanceof Practice ? "m.practices" : "m.cases";
        return ReadOnly.query(em.createQuery("SELECT m FROM Measure m JOIN " + path + " s WHERE s.id = :source"
                        + " AND m.status = " + PUBLISHED + " ORDER BY m.proposedOn DESC, m.id DESC", Measure.class))
                .setParameter("source", source.getId()).getResultList();
    }

    private <T extends KnowledgeItem<?>> T published(Class<T> type, long id) {
        T item = ReadOnly.find(em, type, id);
        if (item == null || !item.isPublished()) throw new NotFoundException(type.getSimpleName(), id);
        return item;
    }

    /** Every word of the text in the item's folded texts (a word of any spelling: "София" finds "sofia"). */
    private static <T> Filtered<T> words(Filtered<T> filtered, String alias, String text) {
        List<String> terms = Folding.terms(text);
        for (int i = 0; i < terms.size(); i++) {
            filtered.where(alias + ".foldedText LIKE :w" + i + Filtered.ESCAPE, "w" + i, Filtered.containing(terms.get(i)));
        }
        return filtered;
    }
}
