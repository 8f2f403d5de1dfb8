/** Back-office pages under admin/projects/. */
package bg.integra.web.admin.project;
