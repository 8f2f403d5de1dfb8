/**
 * The portal's project pages: a project with its figures and activities, and the EU publicity block every page carries.
 */
package bg.integra.web.project;
