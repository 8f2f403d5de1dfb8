/**
 * The forum in the API, read-only and public: its categories, the visible topics of one or all of them, and a topic
 * with its visible posts. Authors are named by their display names only: no e-mail address, no handle.
 */
package bg.integra.rest.forum;
