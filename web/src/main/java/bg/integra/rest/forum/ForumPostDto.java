package bg.integra.rest.forum;

import bg.integra.forum.ForumPost;
import bg.integra.portalaccount.PortalAccount;

import java.time.LocalDateTime;

/**
 * A visible post of a topic: its number in the topic, its author's display name ({@value #DELETED} once the account
 * is deleted: the thread stays readable, the person is gone), its sanitised HTML, when it was written and last edited
 * (null: never), and the number of the post it answers (null: the topic).
 */
public record ForumPostDto(int number, String author, String html, LocalDateTime createdAt, LocalDateTime editedAt,
                           Integer replyTo) {

    static final String DELETED = "deleted user";

    static ForumPostDto of(ForumPost p) {
        return new ForumPostDto(p.getNumber(), name(p.getAuthor()), p.getHtml(), p.getCreatedAt(), p.getEditedAt(),
                p.getReplyTo());
    }

    static String name(PortalAccount account) {
        return account.isDeleted() ? DELETED : account.getDisplayName();
    }
}
