/** admin/audit/: the audit trail, for administrators. */
package bg.integra.web.admin.audit;
