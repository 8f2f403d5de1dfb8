package bg.integra.portalaccount;

import bg.integra.forum.ForumFlag;
import bg.integra.training.Certificate;
import bg.integra.training.Certificates;
import bg.integra.forum.ForumPost;
import bg.integra.mail.OutboxMail;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * What the portal keeps about one account, for the account's own rights: everything as a JSON document to take
 * away (never the password's hash, a token or the mail key, which are secrets rather than data about the person),
 * and the erasure of what is personal beyond the account's row. Posts stay: threads must remain readable, and an
 * anonymised author is shown as "deleted user".
 */
final class AccountData {

    private AccountData() {
    }

    static String export(EntityManager em, PortalAccount a, LocalDateTime now) {
        JsonObjectBuilder account = Json.createObjectBuilder()
                .add("id", a.getId())
                .add("handle", a.getHandle())
                .add("displayName", a.getDisplayName())
                .add("language", a.getLanguage())
                .add("status", a.getStatus().name())
                .add("staffLinked", a.isStaff())
                .add("trustLevel", a.getTrustLevel())
                .add("approvedPosts", a.getApprovedPosts())
                .add("mailNotices", a.isMailNotices())
                .add("weeklyDigest", a.isDigest());
        optional(account, "email", a.getEmail());
        optional(account, "createdAt", a.getCreatedAt());
        optional(account, "confirmedAt", a.getConfirmedAt());
        optional(account, "silencedUntil", a.getSilencedUntil());
        optional(account, "suspendedUntil", a.getSuspendedUntil());
        optional(account, "moderationNote", a.getModerationNote());
        optional(account, "lastDigestAt", a.getLastDigestAt());

        JsonArrayBuilder posts = Json.createArrayBuilder();
        for (ForumPost p : em.createQuery("SELECT p FROM ForumPost p JOIN FETCH p.topic WHERE p.author.id = :id"
                + " ORDER BY p.createdAt, p.id", ForumPost.class).setParameter("id", a.getId()).getResultList()) {
            JsonObjectBuilder post = Json.createObjectBuilder()
                    .add("topicId", p.getTopic().getId())
                    .add("topicTitle", p.getTopic().getTitle())
                    .add("number", p.getNumber())
                    .add("markdown", p.getMarkdown())
                    .add("status", p.getStatus().name());
            optional(post, "createdAt", p.getCreatedAt());
            optional(post, "editedAt", p.getEditedAt());
            posts.add(post);
        }
        JsonArrayBuilder flags = Json.createArrayBuilder();
        for (ForumFlag f : em.createQuery("SELECT f FROM ForumFlag f JOIN FETCH f.post p JOIN FETCH p.topic"
                + " WHERE f.account.id = :id ORDER BY f.createdAt, f.id", ForumFlag.class).setParameter("id", a.getId()).getResultList()) {
            flags.add(Json.createObjectBuilder()
                    .add("topicId", f.getPost().getTopic().getId())
                    .add("postNumber", f.getPost().getNumber())
                    .add("reason", f.getReason().name())
                    .add("createdAt", f.getCreatedAt().toString()));
        }
        JsonArrayBuilder watches = Json.createArrayBuilder();
        for (Object[] row : em.createQuery("SELECT t.id, t.title FROM ForumWatch w, ForumTopic t WHERE t.id = w.topicId"
                + " AND w.accountId = :id ORDER BY t.id", Object[].class).setParameter("id", a.getId()).getResultList()) {
            watches.add(Json.createObjectBuilder().add("topicId", (Long) row[0]).add("topicTitle", (String) row[1]));
        }
        JsonArrayBuilder follows = Json.createArrayBuilder();
        for (Object[] row : em.createQuery("SELECT c.id, c.slug FROM ForumFollow f, ForumCategory c WHERE c.id = f.categoryId"
                + " AND f.accountId = :id ORDER BY c.id", Object[].class).setParameter("id", a.getId()).getResultList()) {
            follows.add(Json.createObjectBuilder().add("categoryId", (Long) row[0]).add("categorySlug", (String) row[1]));
        }
        long notifications = em.createQuery("SELECT COUNT(n) FROM ForumNotification n WHERE n.account.id = :id", Long.class)
                .setParameter("id", a.getId()).getSingleResult();

        Map<Long, Certificate> certificates = new HashMap<>(); // by enrolment: one query, not one per course
        em.createQuery("SELECT c FROM Certificate c WHERE c.enrolment.account.id = :id", Certificate.class)
                .setParameter("id", a.getId()).getResultList().forEach(c -> certificates.put(c.getEnrolment().getId(), c));
        JsonArrayBuilder courses = Json.createArrayBuilder();
        for (Object[] row : em.createQuery("SELECT e.id, e.course.id, e.course.slug, e.enrolledAt, e.completedAt,"
                + " (SELECT COUNT(v) FROM LessonView v WHERE v.enrolment = e) FROM Enrolment e WHERE e.account.id = :id"
                + " ORDER BY e.enrolledAt, e.id", Object[].class).setParameter("id", a.getId()).getResultList()) {
            JsonObjectBuilder course = Json.createObjectBuilder().add("courseId", (Long) row[1]).add("courseSlug", (String) row[2])
                    .add("enrolledAt", row[3].toString()).add("lessonsViewed", ((Number) row[5]).longValue());
            optional(course, "completedAt", row[4]);
            Certificate c = certificates.get((Long) row[0]);
            if (c != null) {
                JsonObjectBuilder certificate = Json.createObjectBuilder().add("code", c.getCode())
                        .add("issuedOn", c.getIssuedOn().toString()).add("hours", c.getHours());
                optional(certificate, "learnerName", c.getLearnerName());
                optional(certificate, "revokedOn", c.getRevokedOn());
                optional(certificate, "revokedReason", c.getRevokedReason());
                course.add("certificate", certificate);
            }
            courses.add(course);
        }

        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("exportedAt", now.toString())
                .add("account", account)
                .add("posts", posts)
                .add("flags", flags)
                .add("watchedTopics", watches)
                .add("followedCategories", follows)
                .add("notifications", notifications)
                .add("courses", courses);
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(document.build());
        }
        return out.toString();
    }

    /**
     * Deletes what the account left beside its posts: the notifications it was to receive, what it watches and
     * follows, what it read, the lessons it viewed and its courses, except a completed course's enrolment whose
     * certificate must stay verifiable (it keeps no name: {@link Certificates#forgetNames}, and counts a person
     * trained), and every mail to its address (sent or waiting: each holds the address). Call before anonymising,
     * while the address is known.
     */
    static void erase(EntityManager em, PortalAccount a) {
        long id = a.getId();
        em.createQuery("DELETE FROM LessonView v WHERE v.enrolment.id IN (SELECT e.id FROM Enrolment e WHERE e.account.id = :id)")
                .setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM Enrolment e WHERE e.account.id = :id"
                + " AND NOT EXISTS (SELECT c.id FROM Certificate c WHERE c.enrolment = e)").setParameter("id", id).executeUpdate();
        Certificates.forgetNames(em, id);
        em.createQuery("DELETE FROM ForumNotification n WHERE n.account.id = :id").setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM ForumWatch w WHERE w.accountId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM ForumFollow f WHERE f.accountId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM ForumReading r WHERE r.accountId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM ForumTopicRead r WHERE r.accountId = :id").setParameter("id", id).executeUpdate();
        // MailOutbox.forget is for staff erasing someone; here the account erases itself, in the same transaction
        if (a.getEmail() != null) {
            em.createNamedQuery(OutboxMail.DELETE_TO).setParameter("recipient", a.getEmail()).executeUpdate();
        }
    }

    private static void optional(JsonObjectBuilder o, String name, Object value) {
        if (value != null) o.add(name, value.toString());
    }
}
