/**
 * The portal's directory of the network: {@code /network}, the centres found by region, town, service, language,
 * opening hours and distance, and {@code /network/{slug}}, a member organisation with its locations and services.
 * The list is the page; a map of the listed centres and "nearest to me" are added by {@code static/network-map.js}
 * when JavaScript runs, with Leaflet loaded only on demand and tiles only from the server of {@link MapTiles}.
 */
package bg.integra.web.network;
