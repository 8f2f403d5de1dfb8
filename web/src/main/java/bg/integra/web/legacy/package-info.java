/** The old platform's addresses: Main.do keys and the old forum's, answered with permanent redirects. */
package bg.integra.web.legacy;
