/** Back-office pages under admin/content/: the portal's news, events, resources and information for immigrants. */
package bg.integra.web.admin.content;
