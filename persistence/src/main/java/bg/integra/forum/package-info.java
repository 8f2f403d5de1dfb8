/**
 * The forum of the network: categories (each open to every language or limited to one), topics and their posts,
 * written in Markdown by portal accounts and kept with their sanitised HTML; flags, earlier texts of edited posts,
 * notifications, watched topics, followed categories and what each account has read (for its trust level).
 */
package bg.integra.forum;
