/** The public events of the projects in the API: upcoming and past lists and one event with its registration state. */
package bg.integra.rest.event;
