/** The old platform's addresses: Main.do keys and the forum, answered with permanent redirects. */
package bg.integra.web.legacy;
