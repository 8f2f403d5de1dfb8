/**
 * The forum in the back-office: the moderators' queue of held and hidden posts, one post with its flags, its earlier
 * texts and the decisions about it, its topic and its author; and the administrators' categories.
 */
package bg.integra.web.admin.forum;
