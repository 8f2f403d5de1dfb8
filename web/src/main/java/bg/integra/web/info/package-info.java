/**
 * The portal's information for immigrants: the topics and a topic's articles in the visitor's language.
 */
package bg.integra.web.info;
