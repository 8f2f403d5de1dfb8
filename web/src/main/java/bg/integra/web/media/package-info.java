/** The portal's delivery of uploaded pictures and documents. */
package bg.integra.web.media;
