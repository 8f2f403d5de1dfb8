/** The resources library: handbooks, brochures, banners and other materials with their print runs and files. */
package bg.integra.resource;
