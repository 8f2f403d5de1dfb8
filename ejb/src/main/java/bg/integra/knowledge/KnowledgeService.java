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

import java.util.List;

/**
 * Reads the network's knowledge base for the portal and the API: published good practices, cases and regional
 * measures, filtered and paged in the database. A list reads a fixed number of statements per page: the items and
 * their count, then (when touched) their texts, their organisations and the organisations' names, each in one
 * statement for the whole page by the mappings' batch fetching; nothing is join-fetched. An item that is not
 * published is not found, as an unknown one.
 */
@Stateless
@PermitAll
public class KnowledgeService {

    private static final String PUBLISHED = "bg.integra.knowledge.KnowledgeStatus.PUBLISHED";

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

    public Practice practice(long id) {
        return published(Practice.class, id);
    }

    public CaseStudy caseStudy(long id) {
        return published(CaseStudy.class, id);
    }

    public Measure measure(long id) {
        return published(Measure.class, id);
    }

    /** The published measures that come from this case or practice, newest first. */
    public List<Measure> measuresFrom(@NotNull KnowledgeItem source) {
        String path = source instanceof Practice ? "m.practices" : "m.cases";
        return ReadOnly.query(em.createQuery("SELECT m FROM Measure m JOIN " + path + " s WHERE s.id = :source"
                        + " AND m.status = " + PUBLISHED + " ORDER BY m.proposedOn DESC, m.id DESC", Measure.class))
                .setParameter("source", source.getId()).getResultList();
    }

    private <T extends KnowledgeItem> T published(Class<T> type, long id) {
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
