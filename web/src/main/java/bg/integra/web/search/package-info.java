/** The portal's site search page over everything published, in every language. */
package bg.integra.web.search;
