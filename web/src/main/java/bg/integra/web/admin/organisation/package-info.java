/** Back-office pages under admin/organisations/. */
package bg.integra.web.admin.organisation;
