/**
 * The portal's directory of the network: {@code /network}, the centres found by region, town, service, language,
 * opening hours and distance, and {@code /network/{slug}}, a member organisation with its locations and services.
 */
package bg.integra.web.network;
