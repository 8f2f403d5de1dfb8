package bg.integra.search;

import bg.integra.common.Folding;
import bg.integra.common.Languages;
import bg.integra.common.PageRequest;
import bg.integra.common.ReadOnly;
import bg.integra.content.ContentType;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.Practice;
import bg.integra.organisation.Organisation;
import bg.integra.project.Project;
import bg.integra.project.ProjectText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portal's site search over everything published, in every language. Words are compared in their folded
 * form ({@link Folding}), so case, accents and the choice between Cyrillic and Latin letters do not matter.
 * Every word must occur; a result ranks higher when the words are in its title, then its summary, then its body,
 * and when it is in the reader's language. Each item appears once, in its best-matching language.
 */
@Stateless
@PermitAll
public class SearchService {

    /** Candidates read from the database per search: a bound on the work an odd query can cause. */
    static final int MAX_CANDIDATES = 500;
    private static final int EXTRACT_LENGTH = 220;
    static final int MIN_INDEXED_LENGTH = 3;
    /** The type of a hit that is a member of the network's directory; its key is the member's slug. */
    public static final String NETWORK = "NETWORK";
    /** The type of a hit that is a visible topic of the forum; its key is the topic's path ({@code slug-id}). */
    public static final String FORUM = "FORUM";
    /** The types of the knowledge base's published items, whose key is their number. */
    public static final Map<String, Class<? extends KnowledgeItem<?>>> KNOWLEDGE = Map.of(
            "PRACTICE", Practice.class, "CASE", CaseStudy.class, "MEASURE", Measure.class, "INITIATIVE", Initiative.class);

    @PersistenceContext
    private EntityManager em;

    public SearchResult search(String query, @NotNull String readerLang, @NotNull PageRequest request) {
        List<String> terms = Folding.terms(query);
        if (terms.isEmpty()) return new SearchResult(List.of(), request.page(), request.size(), 0, terms);
        Map<String, SearchHit> best = new HashMap<>();
        for (SearchHit hit : contentHits(terms, readerLang)) best.merge(hit.type() + "/" + hit.key(), hit, SearchService::better);
        for (SearchHit hit : projectHits(terms, readerLang)) best.merge(hit.type() + "/" + hit.key(), hit, SearchService::better);
        for (SearchHit hit : memberHits(terms, readerLang)) best.merge(hit.type() + "/" + hit.key(), hit, SearchService::better);
        for (var kind : KNOWLEDGE.entrySet()) {
            for (SearchHit hit : knowledgeHits(kind.getValue(), kind.getKey(), terms, readerLang)) {
                best.merge(hit.type() + "/" + hit.key(), hit, SearchService::better);
            }
        }
        for (SearchHit hit : forumHits(terms, readerLang)) best.merge(hit.type() + "/" + hit.key(), hit, SearchService::better);
        List<SearchHit> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                .thenComparing(SearchHit::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SearchHit::key));
        int from = Math.min(request.offset(), ranked.size());
        int to = Math.min(from + request.size(), ranked.size());
        return new SearchResult(List.copyOf(ranked.subList(from, to)), request.page(), request.size(), ranked.size(), terms);
    }

    /** Reads only the columns a result needs, one row per matching translation. */
    private List<SearchHit> contentHits(List<String> terms, String readerLang) {
        StringBuilder jpql = new StringBuilder("SELECT c.type, c.slug, c.publishedAt, KEY(t), t.title, t.summary, t.body,"
                + " t.searchText FROM Content c JOIN c.texts t"
                + " WHERE c.status = bg.integra.content.PublicationStatus.PUBLISHED");
        List<String> indexed = indexed(terms);
        for (int i = 0; i < indexed.size(); i++) jpql.append(" AND t.searchText LIKE :t").append(i);
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
        for (int i = 0; i < indexed.size(); i++) q.setParameter("t" + i, "%" + indexed.get(i) + "%");
        List<SearchHit> hits = new ArrayList<>();
        for (Object[] row : q.setMaxResults(MAX_CANDIDATES).getResultList()) {
            String searchText = (String) row[7];
            if (!terms.stream().allMatch(searchText::contains)) continue;
            String lang = (String) row[3];
            String title = (String) row[4];
            String summary = (String) row[5];
            String[] parts = searchText.split(" \\| ", 3);
            double score = score(terms, parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "",
                    lang, readerLang);
            String extract = summary != null ? summary : plain((String) row[6]);
            hits.add(new SearchHit(((ContentType) row[0]).name(), (String) row[1], lang, title, shorten(extract),
                    (LocalDateTime) row[2], score));
        }
        return hits;
    }

    /**
     * Projects whose folded words ({@code Project.foldedText}) hold every term, found in the database; each
     * translation is then checked and scored on its own, as content texts are.
     */
    private List<SearchHit> projectHits(List<String> terms, String readerLang) {
        List<String> indexed = indexed(terms);
        StringBuilder jpql = new StringBuilder("SELECT p FROM Project p WHERE p.foldedText LIKE :t0");
        for (int i = 1; i < indexed.size(); i++) jpql.append(" AND p.foldedText LIKE :t").append(i);
        TypedQuery<Project> q = em.createQuery(jpql.append(" ORDER BY p.id").toString(), Project.class)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "p.texts");
        for (int i = 0; i < indexed.size(); i++) q.setParameter("t" + i, "%" + indexed.get(i) + "%");
        List<SearchHit> hits = new ArrayList<>();
        for (Project p : q.setMaxResults(MAX_CANDIDATES).getResultList()) {
            String number = Folding.fold(p.getContractNumber().value());
            for (Map.Entry<String, ProjectText> e : p.getTexts().entrySet()) {
                ProjectText t = e.getValue();
                String title = Folding.fold(t.getTitle());
                String summary = Folding.fold(t.getSummary());
                if (!terms.stream().allMatch(w -> title.contains(w) || summary.contains(w) || number.contains(w))) continue;
                double score = score(terms, title + " " + number, summary, "", e.getKey(), readerLang);
                hits.add(new SearchHit("PROJECT", String.valueOf(p.getId()), e.getKey(), t.getTitle(),
                        shorten(t.getSummary()), null, score));
            }
        }
        return hits;
    }

    /**
     * Members of the network's directory whose folded names and descriptions ({@code Organisation.foldedText}) hold
     * every term; each language's name and description is then checked and scored as a project's texts are.
     */
    private List<SearchHit> memberHits(List<String> terms, String readerLang) {
        List<String> indexed = indexed(terms);
        StringBuilder jpql = new StringBuilder("SELECT o FROM Organisation o WHERE o.slug IS NOT NULL");
        for (int i = 0; i < indexed.size(); i++) jpql.append(" AND o.foldedText LIKE :t").append(i);
        TypedQuery<Organisation> q = em.createQuery(jpql.append(" ORDER BY o.id").toString(), Organisation.class);
        for (int i = 0; i < indexed.size(); i++) q.setParameter("t" + i, "%" + indexed.get(i) + "%");
        List<SearchHit> hits = new ArrayList<>();
        for (Organisation o : ReadOnly.query(q).setMaxResults(MAX_CANDIDATES).getResultList()) {
            String slug = Folding.fold(o.getSlug());
            for (String lang : o.getNames().keySet()) {
                String name = Folding.fold(o.getNames().get(lang));
                String description = Folding.fold(o.getDescriptions().get(lang));
                if (!terms.stream().allMatch(w -> name.contains(w) || description.contains(w) || slug.contains(w))) continue;
                double score = score(terms, name + " " + slug, description, "", lang, readerLang);
                hits.add(new SearchHit(NETWORK, o.getSlug(), lang, o.getNames().get(lang),
                        shorten(o.getDescriptions().get(lang)), null, score));
            }
        }
        return hits;
    }

    /**
     * Published items of the knowledge base of one kind whose folded texts ({@code KnowledgeItem.foldedText}) hold
     * every term; each language's title, quoted text and the rest are then scored as content's are.
     */
    private List<SearchHit> knowledgeHits(Class<? extends KnowledgeItem<?>> type, String hitType, List<String> terms,
                                          String readerLang) {
        List<String> indexed = indexed(terms);
        StringBuilder jpql = new StringBuilder("SELECT k FROM " + type.getSimpleName()
                + " k WHERE k.status = bg.integra.knowledge.KnowledgeStatus.PUBLISHED");
        for (int i = 0; i < indexed.size(); i++) jpql.append(" AND k.foldedText LIKE :t").append(i);
        TypedQuery<? extends KnowledgeItem<?>> q = em.createQuery(jpql.append(" ORDER BY k.id").toString(), type);
        for (int i = 0; i < indexed.size(); i++) q.setParameter("t" + i, "%" + indexed.get(i) + "%");
        List<SearchHit> hits = new ArrayList<>();
        for (KnowledgeItem<?> item : ReadOnly.query(q).setMaxResults(MAX_CANDIDATES).getResultList()) {
            item.headlines().forEach((lang, h) -> {
                String title = Folding.fold(h.title());
                String summary = Folding.fold(h.summary());
                String body = Folding.fold(h.body());
                if (!terms.stream().allMatch(w -> title.contains(w) || summary.contains(w) || body.contains(w))) return;
                hits.add(new SearchHit(hitType, String.valueOf(item.getId()), lang, h.title(), shorten(h.summary()),
                        item.getPublishedOn() == null ? null : item.getPublishedOn().atStartOfDay(),
                        score(terms, title, summary, body, lang, readerLang)));
            });
        }
        return hits;
    }

    /**
     * Visible topics of the forum whose folded title and first post ({@code ForumTopic.searchText}) hold every term,
     * scored as content is, in the topic's language; then the topics that only a visible reply matches (with the
     * topic's title: {@code ForumPost.searchText}), each once, under the key {@code slug-id?post=N} of its best reply.
     */
    private List<SearchHit> forumHits(List<String> terms, String readerLang) {
        List<String> indexed = indexed(terms);
        StringBuilder jpql = new StringBuilder("SELECT t.id, t.slug, t.language, t.title, t.searchText, t.lastPostedAt"
                + " FROM ForumTopic t WHERE t.status = bg.integra.forum.PostStatus.VISIBLE");
        for (int i = 0; i < indexed.size(); i++) jpql.append(" AND t.searchText LIKE :t").append(i);
        TypedQuery<Object[]> q = em.createQuery(jpql.append(" ORDER BY t.lastPostedAt DESC").toString(), Object[].class);
        for (int i = 0; i < indexed.size(); i++) q.setParameter("t" + i, "%" + indexed.get(i) + "%");
        List<SearchHit> hits = new ArrayList<>();
        Set<Long> topics = new HashSet<>();
        for (Object[] row : q.setMaxResults(MAX_CANDIDATES).getResultList()) {
            String[] parts = ((String) row[4]).split(" \\| ", 2);
            String title = parts[0];
            String body = parts.length > 1 ? parts[1] : "";
            if (!terms.stream().allMatch(w -> title.contains(w) || body.contains(w))) continue;
            String lang = (String) row[2];
            hits.add(new SearchHit(FORUM, row[1] + "-" + row[0], lang, (String) row[3], null, (LocalDateTime) row[5],
                    score(terms, title, "", body, lang, readerLang)));
            topics.add((Long) row[0]);
        }
        hits.addAll(replyHits(terms, indexed, readerLang, topics));
        return hits;
    }

    private List<SearchHit> replyHits(List<String> terms, List<String> indexed, String readerLang, Set<Long> found) {
        StringBuilder jpql = new StringBuilder("SELECT t.id, t.slug, t.language, t.title, t.searchText, p.number, p.searchText,"
                + " p.createdAt FROM ForumPost p JOIN p.topic t WHERE p.number > 1"
                + " AND p.status = bg.integra.forum.PostStatus.VISIBLE AND t.status = bg.integra.forum.PostStatus.VISIBLE");
        for (int i = 0; i < indexed.size(); i++) jpql.append(" AND p.searchText LIKE :t").append(i);
        TypedQuery<Object[]> q = em.createQuery(jpql.append(" ORDER BY p.createdAt DESC").toString(), Object[].class);
        for (int i = 0; i < indexed.size(); i++) q.setParameter("t" + i, "%" + indexed.get(i) + "%");
        Map<Long, SearchHit> best = new HashMap<>();
        for (Object[] row : q.setMaxResults(MAX_CANDIDATES).getResultList()) {
            Long topic = (Long) row[0];
            if (found.contains(topic)) continue; // the topic itself matched: one result for it
            String title = ((String) row[4]).split(" \\| ", 2)[0];
            String body = (String) row[6];
            if (!terms.stream().allMatch(w -> title.contains(w) || body.contains(w))) continue;
            String lang = (String) row[2];
            SearchHit hit = new SearchHit(FORUM, row[1] + "-" + topic + "?post=" + row[5], lang, (String) row[3], null,
                    (LocalDateTime) row[7], score(terms, title, "", body, lang, readerLang));
            best.merge(topic, hit, SearchService::better);
        }
        return List.copyOf(best.values());
    }

    /**
     * The terms the database matches: those of {@link #MIN_INDEXED_LENGTH} letters or more, which a trigram index
     * can find; shorter ones would make it read every row, so they are checked on the candidates instead (unless
     * every term is short).
     */
    static List<String> indexed(List<String> terms) {
        List<String> indexed = terms.stream().filter(t -> t.length() >= MIN_INDEXED_LENGTH).toList();
        return indexed.isEmpty() ? terms : indexed;
    }

    static double score(List<String> terms, String title, String summary, String body, String lang, String readerLang) {
        double score = 0;
        for (String term : terms) {
            if (title.contains(term)) score += 10;
            if (summary.contains(term)) score += 4;
            if (body.contains(term)) score += 1 + Math.min(4, occurrences(body, term) - 1) * 0.25;
        }
        if (title.contains(String.join(" ", terms))) score += 5;
        // the reader's language first, then the fallbacks in their order (Russian: English before Bulgarian)
        int fallback = Languages.fallbacks(readerLang).indexOf(lang);
        if (fallback >= 0) score += 3 - fallback;
        return score;
    }

    private static int occurrences(String text, String term) {
        int n = 0;
        for (int i = text.indexOf(term); i >= 0 && n < 5; i = text.indexOf(term, i + term.length())) n++;
        return n;
    }

    private static SearchHit better(SearchHit a, SearchHit b) {
        return b.score() > a.score() ? b : a;
    }

    private static String plain(String html) {
        if (html == null) return null;
        return html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        if (s == null || s.length() <= EXTRACT_LENGTH) return s;
        int cut = s.lastIndexOf(' ', EXTRACT_LENGTH);
        return s.substring(0, cut > EXTRACT_LENGTH / 2 ? cut : EXTRACT_LENGTH) + "…";
    }
}
