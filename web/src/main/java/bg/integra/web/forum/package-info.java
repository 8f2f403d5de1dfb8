/**
 * The forum on the portal: its categories, topics and posts for every reader, and for a visitor signed in on the
 * portal the forms that write (reply, new topic, edit, flag, watch, solution) and the notifications. Plain HTML
 * that works without JavaScript; every form posts back to its page and redirects (post/redirect/get).
 */
package bg.integra.web.forum;
