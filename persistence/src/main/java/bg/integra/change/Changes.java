package bg.integra.change;

import bg.integra.training.Certificate;
import bg.integra.training.Course;
import bg.integra.training.CourseModule;
import bg.integra.training.Enrolment;
import bg.integra.training.Lesson;
import bg.integra.training.LessonView;
import bg.integra.training.SigningKey;
import bg.integra.account.Account;
import bg.integra.apitoken.ApiToken;
import bg.integra.apitoken.IdempotentRequest;
import bg.integra.audit.AuditEntry;
import bg.integra.content.Content;
import bg.integra.content.ContentType;
import bg.integra.content.GalleryImage;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumFlag;
import bg.integra.forum.ForumNotification;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumPostRevision;
import bg.integra.forum.ForumTopic;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.legacy.LegacyAddress;
import bg.integra.media.FileData;
import bg.integra.media.StoredFile;
import bg.integra.network.Location;
import bg.integra.network.Service;
import bg.integra.network.ServiceAtLocation;
import bg.integra.organisation.Organisation;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.project.Activity;
import bg.integra.project.Indicator;
import bg.integra.project.Project;
import bg.integra.project.TargetGroup;
import bg.integra.publicity.ComplianceCheck;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.registration.Registration;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a write of each kind of record touches on the portal and in the API: the one place that knows. A new entity
 * needs a line here; until it has one, its changes drop every cached page and answer ({@link Change#everything}),
 * which is correct but slow, never stale.
 */
public final class Changes {

    private Changes() {
    }

    public static Change of(Object entity) {
        if (entity instanceof Registration r) {
            // the event's places left; the project's counted participants (its page, and every list of figures)
            // (not the lists of events: they show no places)
            if (r.getEvent() == null) return Change.everything("registration", r.getId());
            Set<String> tags = new LinkedHashSet<>(Set.of(Tags.INDICATORS, Tags.content(r.getEvent().getId())));
            if (r.getEvent().getProject() != null) tags.add(project(r.getEvent().getProject().getId()));
            return new Change("registration", r.getId(), tags);
        }
        if (entity instanceof Content c) return content("content", c);
        if (entity instanceof GalleryImage g) {
            return g.getContent() == null ? Change.everything("gallery-image", g.getId())
                    : new Change("gallery-image", g.getId(), content("content", g.getContent()).tags());
        }
        if (entity instanceof Project p) return Change.of("project", p.getId(), project(p.getId()), Tags.PROJECTS);
        if (entity instanceof Indicator i) return ofProject("indicator", i.getId(), i.auditedProjectId(), Tags.INDICATORS);
        if (entity instanceof Activity a) return ofProject("activity", a.getId(), a.auditedProjectId(), Tags.PROJECTS);
        if (entity instanceof PublicityMaterial m) return ofProject("publicity-material", m.getId(), m.auditedProjectId(), Tags.INDICATORS);
        if (entity instanceof ComplianceCheck c) return ofProject("compliance-check", c.getId(), c.auditedProjectId());
        // an organisation is named on its projects' pages and in every card and publicity block, in the directory
        // and on its items of the knowledge base
        if (entity instanceof Organisation o) return Change.of("organisation", o.getId(), Tags.ORGANISATIONS, Tags.PROJECTS,
                Tags.NETWORK, Tags.KNOWLEDGE);
        // a practice, a case or a measure shows on the others' pages (a measure lists what it comes from)
        if (entity instanceof KnowledgeItem k) return Change.of(k.auditedType().name().toLowerCase(java.util.Locale.ROOT), k.getId(), Tags.KNOWLEDGE);
        if (entity instanceof Location l) return Change.of("location", l.getId(), Tags.NETWORK);
        if (entity instanceof Service s) return Change.of("service", s.getId(), Tags.NETWORK);
        if (entity instanceof ServiceAtLocation a) return Change.of("service-at-location", a.getId(), Tags.NETWORK);
        if (entity instanceof TargetGroup t) return Change.of("target-group", t.getCode(), Tags.TARGET_GROUPS);
        // the forum: a topic's page shows its posts; the lists show every topic's counts and last poster
        if (entity instanceof ForumPost p) return Change.of("forum-post", p.getId(), Tags.forumTopic(p.getTopic().getId()), Tags.FORUM);
        if (entity instanceof ForumTopic t) return Change.of("forum-topic", t.getId(), Tags.forumTopic(t.getId()), Tags.FORUM);
        if (entity instanceof ForumCategory c) return Change.of("forum-category", c.getId(), Tags.FORUM);
        // an author's name is on every page that lists their posts (a rename, a deletion)
        if (entity instanceof PortalAccount a) return Change.of("portal-account", a.getId(), Tags.FORUM);
        // the training: the catalogue, a course's page and the API show courses with their modules and lessons;
        // a learner's enrolment and views are shown only on their own pages, which are never cached
        if (entity instanceof Course c) return Change.of("course", c.getId(), Tags.TRAINING);
        if (entity instanceof CourseModule m) return Change.of("course-module", m.getId(), Tags.TRAINING);
        if (entity instanceof Lesson l) return Change.of("lesson", l.getId(), Tags.TRAINING);
        if (entity instanceof Enrolment e) return Change.of("enrolment", e.getId());
        if (entity instanceof LessonView v) return Change.of("lesson-view", v.getId());
        // a certificate's page and answer (a revocation, a deleted account's name); the key is shown by no page
        if (entity instanceof Certificate c) return Change.of("certificate", c.getId(), Tags.certificate(c.getCode()));
        if (entity instanceof SigningKey k) return Change.of("signing-key", k.getKid());
        // no cached page or answer shows these: the trail and accounts are back-office only, a stored file never
        // changes (what shows it is the gallery image or material that refers to it), old addresses are redirects
        if (entity instanceof ForumFlag f) return Change.of("forum-flag", f.getId());
        if (entity instanceof ForumPostRevision r) return Change.of("forum-post-revision", r.getId());
        if (entity instanceof ForumNotification n) return Change.of("forum-notification", n.getId());
        if (entity instanceof AuditEntry a) return Change.of("audit-entry", a.getId());
        if (entity instanceof Account a) return Change.of("account", a.getId());
        if (entity instanceof StoredFile f) return Change.of("stored-file", f.getId());
        if (entity instanceof FileData) return Change.of("file-data", null);
        if (entity instanceof LegacyAddress l) return Change.of("legacy-address", l.getId());
        // API tokens and their remembered requests are back-office and API bookkeeping (listeners excluded anyway)
        if (entity instanceof ApiToken t) return Change.of("api-token", t.getId());
        if (entity instanceof IdempotentRequest r) return Change.of("idempotent-request", r.getId());
        return Change.everything(entity.getClass().getSimpleName(), null);
    }

    private static Change content(String kind, Content c) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(Tags.list(c.getType()));
        if (c.getId() != null) tags.add(Tags.content(c.getId()));
        if (c.getType() == ContentType.EVENT) tags.add(Tags.INDICATORS); // events held are counted
        if (c.getProject() != null) tags.add(project(c.getProject().getId()));
        if (c.getPreviousProject() != null) tags.add(project(c.getPreviousProject().getId()));
        return new Change(kind, c.getId(), tags);
    }

    private static Change ofProject(String kind, Long id, Long projectId, String... more) {
        Set<String> tags = new LinkedHashSet<>(Set.of(more));
        tags.add(project(projectId));
        return new Change(kind, id, tags);
    }

    /** A record without its project's id would be a broken one: drop everything rather than guess. */
    private static String project(Long id) {
        return id == null ? Tags.EVERYTHING : Tags.project(id);
    }
}
