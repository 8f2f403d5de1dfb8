/** The portal's Atom feed of news and events. */
package bg.integra.feed;
