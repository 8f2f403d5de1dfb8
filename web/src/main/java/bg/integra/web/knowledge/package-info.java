/**
 * The knowledge base on the portal: {@code /practices}, {@code /cases}, {@code /measures} and {@code /initiatives} (plain GET forms of
 * filters over the published items, shareable and cached) and each item's page, {@code /practices/{id}} and so on.
 */
package bg.integra.web.knowledge;
