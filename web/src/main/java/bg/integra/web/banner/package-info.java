/** The electronic banner of a project that partner sites embed, and the snippet they paste. */
package bg.integra.web.banner;
