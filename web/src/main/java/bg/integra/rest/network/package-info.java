/**
 * The network's directory in the API, {@code /api/v1/network/…}: member organisations, their services and their
 * locations (centres), each list filtered and paged in the database; translated texts as maps from a language
 * code to the text, as the other resources give them. Organisations outside the network are never shown.
 */
package bg.integra.rest.network;
