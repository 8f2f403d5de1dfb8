/** The public portal: home page, project pages, readable addresses, languages and HTTP caching. */
package bg.integra.web.portal;
