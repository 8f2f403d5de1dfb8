/**
 * The portal's library of materials: the filtered list and a material's page with its file.
 */
package bg.integra.web.resource;
