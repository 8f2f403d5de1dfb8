/** Back-office pages under admin/legacy/: the old platform's addresses and where they lead now. */
package bg.integra.web.admin.legacy;
