/** Redirects from the addresses of the old platform. */
package bg.integra.legacy;
