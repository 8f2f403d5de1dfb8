/** The versioned JSON API for institutions and partner sites. */
package bg.integra.rest;
