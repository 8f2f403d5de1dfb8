package bg.integra.it.forum;

import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditEntry;
import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.audit.AuditedType;
import bg.integra.audit.FieldChange;
import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.common.RuleRefusedException;
import bg.integra.forum.CategoryText;
import bg.integra.forum.ForumCategories;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumModeration;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumPostRevision;
import bg.integra.forum.ForumService;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.ForumWriting;
import bg.integra.forum.PostStatus;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.portalaccount.PortalAccountService;
import bg.integra.portalaccount.PortalAccountService.SignInResult;
import bg.integra.testsupport.ForumSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.AsCoordinator;
import bg.integra.testsupport.runas.AsModerator;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The moderators' decisions inside the server, on a category of its own with a topic of three visible posts: a held
 * post approved goes out and is counted, hiding and deleting take posts (and with a first post its topic) out of the
 * counts, a moderator's edit keeps the earlier text, silencing stops an account's replies and suspending its
 * sign-in; every decision is in the audit trail with its reason, a decision on a stale copy is a conflict, and
 * neither a coordinator nor (for the categories) a moderator may act. The administrators' categories are checked
 * here too.
 */
@ExtendWith(ArquillianExtension.class)
class ForumModerationIT {

    @Inject
    ForumSeeds seeds;
    @Inject
    ForumModeration moderation;
    @Inject
    ForumCategories categories;
    @Inject
    ForumWriting writing;
    @Inject
    ForumService forum;
    @Inject
    PortalAccountService accounts;
    @Inject
    AuditTrail audit;
    @Inject
    AsModerator moderator;
    @Inject
    AsAdministrator admin;
    @Inject
    AsCoordinator coordinator;

    @PersistenceContext(unitName = "integra")
    EntityManager em;

    private String tag;
    private ForumCategory category;
    private PortalAccount newcomer;
    private PortalAccount member;
    private PortalAccount basic;
    private ForumTopic topic;

    @BeforeEach
    void seed() {
        tag = TestData.unique("fm").toLowerCase();
        category = seeds.category(tag, null, "Модериране " + tag);
        newcomer = seeds.account("n-" + tag, "Нов " + tag, "bg", 0, false);
        member = seeds.account("m-" + tag, "Член " + tag, "bg", 2, true);
        basic = seeds.account("b-" + tag, "Основен " + tag, "bg", 1, true);
        topic = seeds.topic(category, "Тема за модериране " + tag, member, basic, 2);
    }

    @Test
    void anApprovedHeldPostGoesOutIsCountedAndIsInTheTrail() {
        ForumWriting.Posted posted = writing.reply(newcomer.getId(), topic.getId(), "Първият ми отговор тук, " + tag, null);
        assertEquals(PostStatus.HELD, posted.status());
        ForumPost held = post(posted.number());
        assertEquals(3, topic().getPostCount(), "a held post is not counted");
        long waiting = moderator.call(() -> moderation.queueSize());
        assertTrue(waiting >= 1);
        List<Long> queued = moderator.call(() -> moderation.queue(new PageRequest(0, 100))).items().stream().map(ForumPost::getId).toList();
        assertTrue(queued.contains(held.getId()) || waiting > 100, "the held post is in the queue");

        moderator.run(() -> moderation.approve(held.getId(), "", held.getVersion()));

        assertEquals(PostStatus.VISIBLE, post(posted.number()).getStatus());
        assertEquals(4, topic().getPostCount());
        assertEquals(4, category().getPostCount());
        assertEquals(1, category().getTopicCount());
        assertEquals(1, em.find(PortalAccount.class, newcomer.getId()).getApprovedPosts());
        assertEquals(waiting - 1, moderator.call(() -> moderation.queueSize()));
        assertTrue(forum.posts(topic.getId(), new PageRequest(0, 20)).items().stream().anyMatch(p -> p.getNumber() == posted.number()));
        AuditEntry approved = only(AuditedType.FORUM_POST, held.getId());
        assertEquals(AuditAction.APPROVE, approved.getAction());
        assertEquals("it-moderator", approved.getUsername());
        assertEquals(new FieldChange("status", "HELD", "VISIBLE", false), change(approved, "status"));
    }

    @Test
    void hidingAndDeletingShrinkTheCountsAndAHiddenFirstPostHidesItsTopic() {
        ForumPost second = post(2);
        InvalidInputException noReason = assertFails(InvalidInputException.class,
                () -> moderator.run(() -> moderation.hide(second.getId(), " ", second.getVersion())));
        assertEquals(FieldProblem.Code.REQUIRED, noReason.fields().get("reason").code());

        moderator.run(() -> moderation.hide(second.getId(), "Извън темата", second.getVersion()));
        assertEquals(2, topic().getPostCount());
        assertEquals(2, category().getPostCount());
        ForumPost third = post(3);
        moderator.run(() -> moderation.delete(third.getId(), "Спам", third.getVersion()));
        assertEquals(1, topic().getPostCount());
        assertEquals(1, category().getPostCount());
        assertEquals(PostStatus.DELETED, post(3).getStatus());

        ForumPost first = post(1);
        moderator.run(() -> moderation.hide(first.getId(), "Лични данни в темата", first.getVersion()));
        assertEquals(PostStatus.HIDDEN, topic().getStatus());
        assertEquals(0, category().getTopicCount());
        assertEquals(0, category().getPostCount());
        assertFails(NotFoundException.class, () -> forum.topic(topic.getId()));
        assertTrue(forum.topics(category.getId(), bg.integra.forum.TopicOrder.LATEST, new PageRequest(0, 20)).items().isEmpty());

        AuditEntry hidden = only(AuditedType.FORUM_POST, second.getId());
        assertEquals(AuditAction.HIDE, hidden.getAction());
        assertEquals("Извън темата", change(hidden, "moderationNote").newValue());
        AuditEntry deleted = only(AuditedType.FORUM_POST, third.getId());
        assertEquals(AuditAction.DELETE, deleted.getAction());
        assertEquals("Спам", change(deleted, "moderationNote").newValue());
        assertEquals(AuditAction.HIDE, only(AuditedType.FORUM_POST, first.getId()).getAction());

        // shown again: the topic and its one visible post are back in the counts
        ForumPost again = post(1);
        moderator.run(() -> moderation.approve(again.getId(), "Данните са махнати", again.getVersion()));
        assertEquals(PostStatus.VISIBLE, topic().getStatus());
        assertEquals(1, category().getTopicCount());
        assertEquals(1, category().getPostCount());
        assertEquals(AuditAction.RESTORE, entries(AuditedType.FORUM_POST, first.getId()).get(0).getAction());
    }

    @Test
    void aModeratorsEditKeepsTheEarlierTextAsARevision() {
        ForumPost second = post(2);
        String earlier = second.getMarkdown();
        moderator.run(() -> moderation.edit(second.getId(), "Текстът без телефонния номер, " + tag, "Телефон в текста", second.getVersion()));

        ForumPost edited = post(2);
        assertTrue(edited.getHtml().contains("без телефонния номер"), edited.getHtml());
        List<ForumPostRevision> revisions = moderator.call(() -> moderation.revisions(second.getId()));
        assertEquals(1, revisions.size());
        assertEquals(earlier, revisions.get(0).getMarkdown());
        assertEquals("it-moderator", revisions.get(0).getEditor());
        AuditEntry entry = only(AuditedType.FORUM_POST, second.getId());
        assertEquals(AuditAction.UPDATE, entry.getAction());
        assertEquals("Телефон в текста", change(entry, "moderationNote").newValue());
        assertTrue(change(entry, "text").personal(), "the text is compared, not recorded");
    }

    @Test
    void aSilencedAccountCannotReplyUntilItIsLifted() {
        moderator.run(() -> moderation.silence(basic.getId(), LocalDateTime.now().plusDays(3), "Обиди в три теми"));
        RuleRefusedException refused = assertFails(RuleRefusedException.class,
                () -> writing.reply(basic.getId(), topic.getId(), "Пак съм тук, " + tag, null));
        assertEquals("forum.refused.silenced", refused.reason());
        AuditEntry silenced = only(AuditedType.PORTAL_ACCOUNT, basic.getId());
        assertEquals(AuditAction.SILENCE, silenced.getAction());
        assertEquals("Обиди в три теми", change(silenced, "moderationNote").newValue());

        moderator.run(() -> moderation.silence(basic.getId(), null, "Извини се"));
        assertEquals(PostStatus.VISIBLE, writing.reply(basic.getId(), topic.getId(), "Извинявам се на всички, " + tag, null).status());
        assertEquals(2, entries(AuditedType.PORTAL_ACCOUNT, basic.getId()).size());
    }

    @Test
    void aSuspendedAccountCannotSignInUntilItIsLifted() {
        String email = em.find(PortalAccount.class, member.getId()).getEmail();
        moderator.run(() -> moderation.suspend(member.getId(), LocalDateTime.now().plusDays(7), "Спам от профила"));
        PortalAccountService.SignIn refused = accounts.signIn(email, ForumSeeds.PASSWORD);
        assertEquals(SignInResult.SUSPENDED, refused.result());
        AuditEntry suspended = only(AuditedType.PORTAL_ACCOUNT, member.getId());
        assertEquals(AuditAction.SUSPEND, suspended.getAction());
        assertEquals("it-moderator", suspended.getUsername());

        admin.run(() -> moderation.suspend(member.getId(), null, "Грешка"));
        assertEquals(SignInResult.SUCCESS, accounts.signIn(email, ForumSeeds.PASSWORD).result());
        assertEquals("admin", entries(AuditedType.PORTAL_ACCOUNT, member.getId()).get(0).getUsername());
    }

    @Test
    void pinningAndClosingNeedAReasonAndAreInTheTrail() {
        assertFails(InvalidInputException.class, () -> moderator.run(() -> moderation.pin(topic.getId(), true, "")));
        moderator.run(() -> moderation.pin(topic.getId(), true, "Важно за всички"));
        moderator.run(() -> moderation.close(topic.getId(), true, "Отговорено"));
        assertTrue(topic().isPinned());
        assertTrue(topic().isClosed());
        RuleRefusedException closed = assertFails(RuleRefusedException.class,
                () -> writing.reply(basic.getId(), topic.getId(), "Още един въпрос, " + tag, null));
        assertEquals("forum.refused.closed", closed.reason());
        List<AuditEntry> trail = entries(AuditedType.FORUM_TOPIC, topic.getId());
        assertEquals(List.of(AuditAction.UPDATE, AuditAction.UPDATE), trail.stream().map(AuditEntry::getAction).toList());
        assertEquals(new FieldChange("closed", "false", "true", false), change(trail.get(0), "closed"));
        // each entry names its reason
        assertEquals(new FieldChange("moderationNote", "Важно за всички", "Отговорено", false), change(trail.get(0), "moderationNote"));
        assertEquals("Важно за всички", change(trail.get(1), "moderationNote").newValue());
    }

    @Test
    void aDecisionOnAStaleCopyIsAConflict() {
        ForumPost copy = post(2);
        moderator.run(() -> moderation.hide(copy.getId(), "Сигнал", copy.getVersion()));
        assertFails(ConflictException.class, () -> moderator.run(() -> moderation.delete(copy.getId(), "Спам", copy.getVersion())));
        assertEquals(PostStatus.HIDDEN, post(2).getStatus(), "the stale decision changed nothing");
        assertEquals(1, entries(AuditedType.FORUM_POST, copy.getId()).size());
    }

    @Test
    void aCoordinatorMayNotModerateAndAModeratorMayNotKeepCategories() {
        ForumPost second = post(2);
        assertRefused(() -> coordinator.call(() -> moderation.queueSize()));
        assertRefused(() -> coordinator.run(() -> moderation.hide(second.getId(), "Не", second.getVersion())));
        assertRefused(() -> coordinator.run(() -> moderation.silence(basic.getId(), LocalDateTime.now().plusDays(1), "Не")));
        assertRefused(() -> moderator.call(() -> categories.list()));
        assertRefused(() -> moderator.call(() -> categories.create("x-" + tag, null, 1, texts("Х"))));
        assertEquals(PostStatus.VISIBLE, post(2).getStatus());
    }

    @Test
    void anAdministratorKeepsTheCategoriesAndEveryFieldIsChecked() {
        String slug = "kat-" + tag;
        ForumCategory made = admin.call(() -> categories.create(slug, "ar", 500, texts("Категория " + tag)));
        assertEquals("ar", made.getLanguage());
        assertTrue(admin.call(() -> categories.list()).stream().anyMatch(c -> c.getSlug().equals(slug)));
        assertEquals(slug, forum.category(slug).orElseThrow().getSlug());

        InvalidInputException taken = assertFails(InvalidInputException.class,
                () -> admin.call(() -> categories.create(slug, null, 1, texts("Друга"))));
        assertEquals(FieldProblem.Code.TAKEN, taken.fields().get("slug").code());
        InvalidInputException wrong = assertFails(InvalidInputException.class,
                () -> admin.call(() -> categories.create("Не Е Адрес", "xx", 1, Map.of("en", new CategoryText("Only English", null)))));
        assertEquals(FieldProblem.Code.MALFORMED, wrong.fields().get("slug").code());
        assertEquals(FieldProblem.Code.NOT_ONE_OF, wrong.fields().get("language").code());
        assertEquals(FieldProblem.Code.REQUIRED, wrong.fields().get("name").code());

        Map<String, CategoryText> changed = texts("Преименувана " + tag);
        changed.put("ar", new CategoryText("فئة " + tag, null));
        long first = version(made.getId());
        admin.call(() -> categories.update(made.getId(), first, slug, null, 510, changed));
        ForumCategory updated = admin.call(() -> categories.get(made.getId()));
        assertNull(updated.getLanguage());
        assertEquals("فئة " + tag, updated.name("ar"));
        assertEquals(510, updated.getPosition());
        assertFails(ConflictException.class,
                () -> admin.call(() -> categories.update(made.getId(), first, slug, "bg", 1, texts("Стара"))));
        // its own slug is not taken by itself
        admin.call(() -> categories.update(made.getId(), version(made.getId()), slug, null, 520, changed));

        List<AuditEntry> trail = entries(AuditedType.FORUM_CATEGORY, made.getId());
        assertEquals(List.of(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE), trail.stream().map(AuditEntry::getAction).toList());
        assertEquals(new FieldChange("name.bg", "Категория " + tag, "Преименувана " + tag, false), change(trail.get(1), "name.bg"));
        assertFalse(trail.get(0).getChanges().stream().anyMatch(c -> c.field().equals("name.bg")));
    }

    private long version(long categoryId) {
        return admin.call(() -> categories.get(categoryId)).getVersion();
    }

    private static Map<String, CategoryText> texts(String bg) {
        Map<String, CategoryText> texts = new LinkedHashMap<>();
        texts.put("bg", new CategoryText(bg, "Описание"));
        texts.put("en", new CategoryText(bg + " (en)", null));
        return texts;
    }

    private ForumPost post(int number) {
        long id = em.createQuery("SELECT p.id FROM ForumPost p WHERE p.topic.id = :topic AND p.number = :number", Long.class)
                .setParameter("topic", topic.getId()).setParameter("number", number).getSingleResult();
        return moderator.call(() -> moderation.post(id));
    }

    private ForumTopic topic() {
        return em.find(ForumTopic.class, topic.getId());
    }

    private ForumCategory category() {
        return em.find(ForumCategory.class, category.getId());
    }

    private List<AuditEntry> entries(AuditedType type, long id) {
        return admin.call(() -> audit.list(AuditQuery.of(type, id), new PageRequest(0, 50)).items());
    }

    private AuditEntry only(AuditedType type, long id) {
        List<AuditEntry> found = entries(type, id);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    private static FieldChange change(AuditEntry entry, String field) {
        return entry.getChanges().stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("No change of " + field + " in " + entry.getChanges()));
    }
}
