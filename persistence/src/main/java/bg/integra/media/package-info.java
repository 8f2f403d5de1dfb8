/** Uploaded pictures and documents, checked by content and stored with thumbnails. */
package bg.integra.media;
