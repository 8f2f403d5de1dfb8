/** Back-office pages of a project's printed and publicity materials: list, edit, evidence and distribution log. */
package bg.integra.web.admin.materials;
