/**
 * The public portal: home page, project pages, news, events, the library of materials and the information for
 * immigrants, with readable addresses, languages, the EU publicity block and HTTP caching.
 */
package bg.integra.web.portal;
