/**
 * The portal's events: the list filtered by period, kind and project, and an event's page with its places left.
 */
package bg.integra.web.event;
