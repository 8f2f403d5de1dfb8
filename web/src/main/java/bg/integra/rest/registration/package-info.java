/**
 * Registration for events in the API: the public registration of partner sites (limited per client in rate
 * and size), the registrant's view and cancellation by token, and the target groups.
 */
package bg.integra.rest.registration;
