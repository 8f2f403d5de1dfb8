/**
 * What is the portal's own, whatever the page shows: the language of a visit, the base classes of its pages
 * (`PortalPage`, `ContentPage`), paging, readable addresses (`PortalRoutingFilter`), the page cache and HTTP caching,
 * and the warm-up. Each kind of page has its backing bean in its feature's package (`web.news`, `web.event`,
 * `web.info`, `web.project`, `web.resource`, `web.registration`, `web.search`), beside the back-office's
 * `web.admin.*` and the API's `rest.*` of the same feature.
 */
package bg.integra.web.portal;
