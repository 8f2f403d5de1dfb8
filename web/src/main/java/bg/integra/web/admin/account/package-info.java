/** Back-office pages under admin/accounts/. */
package bg.integra.web.admin.account;
