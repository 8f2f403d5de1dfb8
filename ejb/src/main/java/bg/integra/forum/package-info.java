/**
 * The members' forum: posts are written in Markdown and shown as sanitised HTML by
 * {@link bg.integra.forum.ForumMarkdown}, which also finds a post's mentions, links, pictures and quoted posts.
 */
package bg.integra.forum;
